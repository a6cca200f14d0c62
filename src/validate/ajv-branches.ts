/**
 * Which oneOf/anyOf branches of a schema a value meant, from AJV's raw errors (run with `verbose`, so
 * each error carries its schema, parentSchema and data). AJV with `allErrors` reports every branch's
 * complaints; only the branch the author meant has the real cause (Swagger's parameter is
 * "body or one of four non-body shapes", a response schema is "schema or fileSchema"). Used by
 * mapAjvErrors (ajv.ts) to collapse oneOf noise to the deepest real cause.
 */
import type { ErrorObject } from 'ajv';
import { lookup } from '../core/json.ts';
import { fromPointer } from '../core/pointer.ts';

/** Every schema object reachable from `schema`, following local `#/…` refs into `root`. */
function reachable(root: unknown, schema: unknown): Set<unknown> {
    const seen = new Set<unknown>();
    const visit = (s: unknown) => {
        if (s === null || typeof s !== 'object' || seen.has(s)) return;
        seen.add(s);
        const ref = (s as Record<string, unknown>).$ref;
        if (typeof ref === 'string' && ref.startsWith('#/')) visit(lookup(root, fromPointer(ref)));
        for (const v of Object.values(s)) visit(v);
    };
    visit(schema);
    return seen;
}

export const underOrAt = (root: string, p: string): boolean => p === root || p.startsWith(root + '/');

export const parentPointer = (p: string): string => p.slice(0, Math.max(0, p.lastIndexOf('/')));

const lastSegment = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** Properties whose enum tells which branch a value means (parameter `in`, schema `type`, policy `templateId`). */
const DISCRIMINATOR_PROPS: ReadonlySet<string> = new Set(['in', 'type', 'templateId']);

const field = (x: unknown, key: string): unknown => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[key] : undefined);

/** The enum lists that the schemas in `set` give property `prop`. */
function enumsOf(set: Set<unknown>, prop: string): unknown[][] {
    return [...set].flatMap((x) => {
        const list = field(field(field(x, 'properties'), prop), 'enum');
        return Array.isArray(list) ? [list] : [];
    });
}

/**
 * Errors that only branches ruled out for their combinator produced. A branch is ruled out when:
 * - none of its shapes accepts the discriminator value (an enum on `in`, `type` or `templateId`, or a
 *   property each branch restricts to its own enum, passed in `discriminators`);
 * - it is the `$ref` alternative (the last branch requiring `$ref`) and the value has no `$ref`;
 * - the value does not have its JSON type, or its catch-all `not` fails.
 * When no discriminator tells the branches apart, the branch whose errors reach deepest into the value
 * is the one the author meant. When the value fits no branch at all (an unknown policy templateId), the
 * discriminator error itself is the finding: it is removed from `discriminators`, the rest dropped.
 */
export function pruneRejectedBranches(errors: readonly ErrorObject[], discriminators: Set<string>, root: unknown): ErrorObject[] {
    const drop = new Set<ErrorObject>();
    const discErrors = errors.filter((e) => discriminators.has(e.instancePath));
    const combos = errors.filter((e) => (e.keyword === 'oneOf' || e.keyword === 'anyOf') && Array.isArray(e.schema)).map((combo) => analyse(combo, errors, discErrors, root));
    // A combinator that sits inside a branch another combinator ruled out (nonBodyParameter's four shapes
    // under an `in: body` parameter) says nothing about the value: its branches' complaints are that
    // combinator's to drop, and its own "fits no branch" must not drop the real cause found elsewhere.
    const dead = (c: Combo) =>
        combos.some((o) => o !== c && underOrAt(o.combo.instancePath, c.combo.instancePath) && o.branches.some((set, i) => o.rejected[i] && set.has(c.combo.parentSchema)) && !o.branches.some((set, i) => !o.rejected[i] && set.has(c.combo.parentSchema)));
    for (const c of combos) {
        if (dead(c)) continue;
        const { combo, branches, rejected, inCombo } = c;
        if (c.fitsNone) {
            for (const d of discErrors) if (inCombo(d)) discriminators.delete(d.instancePath);
            for (const e of errors) if (e !== combo && inCombo(e) && !discErrors.includes(e)) drop.add(e);
            continue;
        }
        if (rejected.every((r) => r) || !rejected.some((r) => r)) {
            const depth = (e: ErrorObject) => e.instancePath.split('/').length;
            const own = branches.map((set) => errors.filter((e) => e !== combo && !drop.has(e) && inCombo(e) && e.parentSchema !== undefined && set.has(e.parentSchema)));
            const deepest = own.map((list) => Math.max(-1, ...list.map(depth)));
            const best = Math.max(...deepest);
            if (best > depth(combo) && deepest.filter((d) => d === best).length === 1) {
                const win = deepest.indexOf(best);
                for (const e of errors) {
                    if (e === combo || !inCombo(e) || e.parentSchema === undefined) continue;
                    if (!branches[win]!.has(e.parentSchema) && branches.some((set, i) => i !== win && set.has(e.parentSchema))) drop.add(e);
                }
            }
            continue;
        }
        for (const e of errors) {
            if (e === combo || !inCombo(e) || e.parentSchema === undefined) continue;
            const inRejected = branches.some((set, i) => rejected[i] && set.has(e.parentSchema));
            const inOther = branches.some((set, i) => !rejected[i] && set.has(e.parentSchema));
            // Recursive schemas reach every branch from every other; an inline branch's own errors are known by their schema path.
            const inlineRejected = rejected.some((r, i) => r && e.schemaPath.startsWith(`${combo.schemaPath}/${i}/`) && branches[i]!.has(e.parentSchema));
            if ((inRejected && !inOther) || inlineRejected) drop.add(e);
        }
    }
    return errors.filter((e) => !drop.has(e));
}

interface Combo {
    combo: ErrorObject;
    /** The schema objects each branch reaches. */
    branches: Set<unknown>[];
    /** Which branches the value cannot mean. */
    rejected: boolean[];
    /** No branch accepts the value's discriminator (an unknown policy templateId). */
    fitsNone: boolean;
    inCombo: (e: ErrorObject) => boolean;
}

function analyse(combo: ErrorObject, errors: readonly ErrorObject[], discErrors: readonly ErrorObject[], root: unknown): Combo {
    const branches = (combo.schema as unknown[]).map((b) => reachable(root, b));
    const inCombo = (e: ErrorObject) => underOrAt(combo.instancePath, e.instancePath);
    const direct = errors.filter((e) => e.keyword === 'enum' && parentPointer(e.instancePath) === combo.instancePath && DISCRIMINATOR_PROPS.has(lastSegment(e.instancePath)));
    const decisive = [...discErrors, ...direct.filter((d) => !discErrors.includes(d))].filter(inCombo);
    // Counting a branch's discriminator errors is not enough: nonBodyParameter is itself a oneOf of four
    // shapes, so an `in: body` parameter collects four errors there. A branch accepts the value when one
    // of its shapes restricts the property to an enum containing it.
    const accepts = (set: Set<unknown>): boolean | undefined => {
        const mine = decisive.filter((d) => set.has(d.parentSchema));
        if (mine.length === 0) return undefined;
        return enumsOf(set, lastSegment(mine[0]!.instancePath)).some((list) => list.includes(mine[0]!.data));
    };
    const valueHasRef = combo.data !== null && typeof combo.data === 'object' && '$ref' in combo.data;
    const rejected = branches.map((set, i) => {
        const first = [...set][0];
        const resolved = [...set].find((x) => x !== first && Array.isArray(field(x, 'required'))) ?? first;
        const required = field(resolved, 'required');
        const refAlternative = !valueHasRef && i === branches.length - 1 && Array.isArray(required) && required.includes('$ref');
        const typeMismatch = errors.some((e) => (e.keyword === 'type' || e.keyword === 'not') && e.instancePath === combo.instancePath && e.schemaPath === `${combo.schemaPath}/${i}/${e.keyword}`);
        return accepts(set) === false || refAlternative || typeMismatch;
    });
    return { combo, branches, rejected, fitsNone: branches.every((set) => accepts(set) === false), inCombo };
}

/**
 * "Supported Operations" of the generated readme: per operation its description, method and path, an
 * inputs table (body fields are listed one by one, as the designer shows them), an outputs table of the
 * success response (array items flattened as `items[].field`) and a table of every declared status.
 */
import type {
    ItemSchemaModel,
    NamedSchema,
    OperationModel,
    ParameterModel,
    PropertySchemaModel,
    ResponseSchemaModel,
} from '../../model/types.ts';
import { namedSchemaOf } from '../../model/fields.ts';
import { code, table, type Section } from './markdown.ts';

const bodyTitle = (schema: ResponseSchemaModel): string => ('kind' in schema ? `array of ${schema.items.title}` : schema.title);

/** How the operation is used: a polling trigger (one run per item) and whether custom code serves it. */
function kindLine(op: OperationModel): string[] {
    if (!op.trigger && !op.customCode) return [];
    const what = op.trigger ? 'A polling trigger: each item of its answer starts one run.' : 'An action.';
    return ['', op.customCode ? `${what} Served by the connector's custom code (script.csx).` : what];
}

const yesNo = (b: boolean): string => (b ? 'Yes' : 'No');

function itemType(item: ItemSchemaModel): string {
    if (item.kind === 'ref') return item.target.title;
    return item.format ? `${item.type} (${item.format})` : item.type;
}

export function typeText(schema: PropertySchemaModel): string {
    const base =
        schema.kind === 'primitive'
            ? schema.format
                ? `${schema.type} (${schema.format})`
                : schema.type
            : schema.kind === 'array'
              ? `array of ${itemType(schema.items)}`
              : 'object';
    return schema.nullable ? `${base}, nullable` : base;
}

/** Bounds and defaults appended to a description, e.g. "Minimum 1. Maximum 1000.". */
function constraints(schema: PropertySchemaModel): string {
    if (schema.kind !== 'primitive') return '';
    const parts: string[] = [];
    if (schema.minimum !== undefined) parts.push(`Minimum ${schema.minimum}.`);
    if (schema.maximum !== undefined) parts.push(`Maximum ${schema.maximum}.`);
    if (schema.enum) parts.push(`One of ${schema.enum.map((v) => code(String(v))).join(', ')}.`);
    return parts.length ? ` ${parts.join(' ')}` : '';
}

function inputRows(params: readonly ParameterModel[]): string[][] {
    const rows: string[][] = [];
    for (const p of params) {
        if (p.in === 'body') {
            const required = new Set(p.schema.required ?? []);
            for (const [key, s] of Object.entries(p.schema.properties)) {
                rows.push([s.summary, code(key), typeText(s), yesNo(required.has(key)), s.description + constraints(s)]);
            }
        } else {
            const type = p.format ? `${p.type} (${p.format})` : p.type;
            rows.push([p.summary, code(p.name), `${type} (${p.in})`, yesNo(p.required), p.description]);
        }
    }
    return rows;
}

function outputRows(schema: NamedSchema, prefix = ''): string[][] {
    const rows: string[][] = [];
    for (const [key, s] of Object.entries(schema.properties)) {
        rows.push([s.summary, code(prefix + key), typeText(s), s.description]);
        if (s.kind === 'array' && s.items.kind === 'ref') rows.push(...outputRows(s.items.target, `${prefix}${key}[].`));
    }
    return rows;
}

export function operationSections(op: OperationModel): Section[] {
    const success = op.responses.find((r) => /^2\d\d$/.test(r.status) && r.schema);
    const sections: Section[] = [
        {
            heading: op.summary,
            level: 3,
            body: [op.description, ...kindLine(op), '', `Operation ID ${code(op.operationId)}: ${code(`${op.method.toUpperCase()} ${op.path}`)}.`],
        },
        {
            heading: 'Inputs',
            level: 4,
            body: table(['Name', 'Key', 'Type', 'Required', 'Description'], inputRows(op.parameters)),
        },
    ];
    if (success?.schema) {
        sections.push({
            heading: `Outputs (${success.status}: ${success.summary ?? success.description})`,
            level: 4,
            body: table(['Name', 'Path', 'Type', 'Description'], outputRows(namedSchemaOf(success.schema))),
        });
    }
    sections.push({
        heading: 'Responses',
        level: 4,
        body: table(
            ['Status', 'Name', 'Description', 'Body'],
            op.responses.map((r) => [r.status, r.summary ?? '', r.description, r.schema ? bodyTitle(r.schema) : 'none']),
        ),
    });
    return sections;
}

/**
 * Contract checks of payloads against the schemas of one emitted Swagger document: request bodies
 * (unknown properties rejected) and response bodies (unknown properties tolerated). One AJV instance per
 * checker, i.e. per document (STYLE C5); each operation's schema is compiled once, on first use.
 * Problems with the call itself (unknown operationId, undeclared status, a schema that cannot be
 * compiled) are returned as diagnostics too: a checker never throws.
 */
import type { SwaggerDocument, SwaggerRef, SwaggerSchema } from '../swagger/types.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { CacheOptions } from '../precompile/cache.ts';
import { createContractAjv, type SchemaValidator } from './ajv.ts';
import { toDiagnostics } from './messages.ts';
import { CONTRACT_RULES } from './rules.ts';
import { bodyParameter, statusesOf, typedOperations, type TypedOperationAt } from '../swagger/reader.ts';
import { definitionsToJsonSchema, toJsonSchema, type ContractMode } from './to-json-schema.ts';

export interface ContractChecker {
    /** Checks a request body (`undefined` = no body sent) against the operation's body parameter. */
    checkRequestBody(operationId: string, body: unknown): Diagnostic[];
    /** Checks a response body (`undefined` = empty body) against the schema declared for `status`. */
    checkResponse(operationId: string, status: string | number, body: unknown): Diagnostic[];
}

/** `$id` of the root schema that holds the document's definitions converted for one mode. */
export const definitionsRootId = (mode: ContractMode): string => `urn:connector-contract:${mode}`;

const finding = (message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
    ruleId: CONTRACT_RULES.contract.id,
    severity,
    message,
    path: [],
});

type Compiled = { ok: true; validate: SchemaValidator } | { ok: false; diagnostic: Diagnostic };

/** `cache`: where the compiled validators are kept (see ./ajv.ts; default: the precompiled-validator cache). */
export function createContractChecker(doc: SwaggerDocument, cache: CacheOptions = {}): ContractChecker {
    const ajv = createContractAjv(cache);
    const operations = new Map<string, TypedOperationAt>();
    for (const op of typedOperations(doc)) if (!operations.has(op.operationId)) operations.set(op.operationId, op);
    const rootsAdded = new Set<ContractMode>();
    const compiled = new Map<string, Compiled>();

    const unknownOperation = (operationId: string): Diagnostic =>
        finding(
            `unknown operation "${operationId}": the document declares ${
                operations.size === 0 ? 'no operations' : [...operations.keys()].sort().join(', ')
            }.`,
        );

    function compile(key: string, schema: SwaggerSchema | SwaggerRef, mode: ContractMode, what: string): Compiled {
        const cached = compiled.get(key);
        if (cached) return cached;
        let result: Compiled;
        try {
            const refBase = definitionsRootId(mode);
            if (!rootsAdded.has(mode)) {
                ajv.addRoot(definitionsToJsonSchema(doc.definitions ?? {}, { mode, refBase }));
                rootsAdded.add(mode);
            }
            result = { ok: true, validate: ajv.compile(toJsonSchema(schema, { mode, refBase })) };
        } catch (e) {
            const reason = (e as Error).message;
            result = { ok: false, diagnostic: finding(`cannot check ${what}: its schema does not compile (${reason})`) };
        }
        compiled.set(key, result);
        return result;
    }

    function run(c: Compiled, body: unknown): Diagnostic[] {
        return c.ok ? toDiagnostics(c.validate(body), body) : [c.diagnostic];
    }

    return {
        checkRequestBody(operationId, body) {
            const op = operations.get(operationId);
            if (!op) return [unknownOperation(operationId)];
            const found = bodyParameter(op.operation);
            if (!found) {
                return body === undefined ? [] : [finding(`operation ${operationId} declares no body parameter, but a body was given.`)];
            }
            if (body === undefined) {
                return found.param.required ? [finding(`operation ${operationId} requires a request body, but none was given.`)] : [];
            }
            const what = `the request body of ${operationId}`;
            return run(compile(`request ${operationId}`, found.param.schema, 'request', what), body);
        },

        checkResponse(operationId, status, body) {
            const op = operations.get(operationId);
            if (!op) return [unknownOperation(operationId)];
            const code = String(status);
            const responses = op.operation.responses ?? {};
            const declared = responses[code] !== undefined ? code : responses['default'] !== undefined ? 'default' : undefined;
            if (declared === undefined) {
                return [
                    finding(
                        `status ${code} is not declared by operation ${operationId} (declared: ${statusesOf(op.operation).join(', ')}).`,
                    ),
                ];
            }
            const response = responses[declared]!;
            if (response.schema === undefined) {
                return body === undefined
                    ? []
                    : [
                          finding(
                              `status ${code} of ${operationId} declares no body schema, so this body is not checked and flows cannot read it.`,
                              'warn',
                          ),
                      ];
            }
            if (body === undefined) {
                return [finding(`status ${code} of ${operationId} declares a body schema, but the body is empty.`)];
            }
            const what = `the ${declared} response of ${operationId}`;
            return run(compile(`response ${operationId} ${declared}`, response.schema, 'response', what), body);
        },
    };
}

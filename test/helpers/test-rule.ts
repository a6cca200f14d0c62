/**
 * Runs one rule alone (like Spectral's createWithRules) over a fixture connector and compares the
 * whole diagnostics list with toEqual. Expected entries give path and message (and file when it is
 * not the swagger); rule id and severity are the rule's own.
 */
import { describe, expect, test } from 'vitest';
import { lintRules } from '../../src/lint/rules/index.ts';
import { runRules } from '../../src/lint/run.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import type { JsonPathSegments } from '../../src/core/pointer.ts';
import { sortDiagnostics } from '../../src/core/diagnostic.ts';
import type { JsonObject } from '../../src/core/json.ts';
import { validApiProperties, validSwagger } from './connector-fixture.ts';

export interface Expected {
    path: JsonPathSegments;
    message: string;
    file?: string;
}

export interface RuleCase {
    name: string;
    /** Mutates fresh copies of the valid fixture connector. */
    mutate?: (swagger: JsonObject, apiProperties: JsonObject) => void;
    /** Replace the swagger entirely (e.g. malformed shapes). */
    swagger?: JsonObject;
    /** Run without apiProperties. */
    noApiProperties?: boolean;
    /** Size of the swagger file in bytes, as validateConnectorDir passes it (default: unknown). */
    swaggerByteSize?: number;
    /** Custom code (script.csx) handed to the rules (default: none). */
    script?: string;
    expected: Expected[];
}

export function lintOne(ruleId: string, swagger: JsonObject, apiProperties: JsonObject | undefined, swaggerByteSize?: number, script?: string): Diagnostic[] {
    const rule = lintRules.find((r) => r.id === ruleId);
    if (!rule) throw new Error(`no rule "${ruleId}" is registered`);
    return sortDiagnostics(runRules({ swagger, apiProperties, ...(swaggerByteSize !== undefined ? { swaggerByteSize } : {}), ...(script !== undefined ? { script } : {}) }, [rule]));
}

export function testRule(ruleId: string, cases: RuleCase[]): void {
    const rule = lintRules.find((r) => r.id === ruleId);
    describe(ruleId, () => {
        test('is registered', () => expect(rule?.id).toBe(ruleId));
        test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
            const swagger = c.swagger ?? validSwagger();
            const apiProperties = validApiProperties();
            c.mutate?.(swagger, apiProperties);
            const actual = lintOne(ruleId, swagger, c.noApiProperties ? undefined : apiProperties, c.swaggerByteSize, c.script);
            const expected = sortDiagnostics(
                c.expected.map((e) => ({
                    ruleId,
                    severity: rule!.defaultSeverity,
                    message: e.message,
                    path: e.path,
                    file: e.file ?? 'apiDefinition.swagger.json',
                })),
            );
            expect(actual).toEqual(expected);
        });
    });
}

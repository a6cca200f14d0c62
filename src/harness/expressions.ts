/**
 * Evaluates the policy-template expressions the harness supports inside a parameter value:
 * `@connectionParameters('name')` and `@connectionParameters('name','default')`, bare or wrapped as
 * `@{connectionParameters(...)}`. Any other `@function(` is rejected by name: never silently kept.
 */
export type ExpressionResult = { ok: true; value: string } | { ok: false; message: string };

const CONNECTION_PARAM = /@\{?connectionParameters\(\s*'([^']*)'\s*(?:,\s*'([^']*)'\s*)?\)\}?/g;
const ANY_FUNCTION = /@\{?([A-Za-z]+)\s*\(/;

export function evaluateExpression(template: string, connection: Readonly<Record<string, string>>): ExpressionResult {
    let missing: string | undefined;
    const value = template.replace(CONNECTION_PARAM, (_all, name: string, fallback: string | undefined) => {
        const v = connection[name];
        if (v !== undefined && v !== '') return v;
        if (fallback !== undefined) return fallback;
        missing ??= name;
        return '';
    });
    if (missing !== undefined) return { ok: false, message: `connection parameter "${missing}" has no value and the expression gives no default` };
    const other = ANY_FUNCTION.exec(template.replace(CONNECTION_PARAM, ''));
    if (other) return { ok: false, message: `expression function "${other[1]}" is not supported by the harness (supported: connectionParameters)` };
    return { ok: true, value };
}

/** Response bodies the sandbox sends for errors, in eMabler's two documented error shapes. */
import { randomBytes } from 'node:crypto';
import type { FieldProblem } from './validate-query.ts';
import type { ProblemDetails } from './types.ts';

export const PROBLEM_TYPE_400 = 'https://tools.ietf.org/html/rfc9110#section-15.5.1';

/** A W3C trace-context id, as ASP.NET puts in `traceId` (fresh for every request). */
export const newTraceId = (): string => `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;

/**
 * 400 problem details as ASP.NET Core writes them: `detail` names every bad field; the extension
 * members `errors` (field → messages) and `traceId` sit at the top level, not in an `extensions` object.
 */
export function validationProblem(instance: string, problems: readonly FieldProblem[]): ProblemDetails {
    const errors: Record<string, string[]> = {};
    for (const p of problems) (errors[p.field] ??= []).push(p.message);
    return {
        type: PROBLEM_TYPE_400,
        title: 'One or more validation errors occurred.',
        status: 400,
        detail: problems.map((p) => `${p.field}: ${p.message}`).join(' '),
        instance,
        errors,
        traceId: newTraceId(),
    };
}

/** eMabler's `error` (Exception Details) shape, used for 404 and 500. */
export const exceptionDetails = (errorCode: string, message: string, errorNumber: number) => ({
    errorCode,
    message,
    errorNumber,
    helpLink: '',
});

/** Response bodies the sandbox sends for errors, in eMabler's two documented error shapes. */
import type { FieldProblem } from './validate-query.ts';
import type { ProblemDetails } from './types.ts';

export const PROBLEM_TYPE_400 = 'https://tools.ietf.org/html/rfc9110#section-15.5.1';

/** 400 problemDetails; `detail` names every bad field, `extensions.errors` maps field → messages. */
export function validationProblem(instance: string, problems: readonly FieldProblem[]): ProblemDetails {
    const errors: Record<string, string[]> = {};
    for (const p of problems) (errors[p.field] ??= []).push(p.message);
    return {
        type: PROBLEM_TYPE_400,
        title: 'One or more validation errors occurred.',
        status: 400,
        detail: problems.map((p) => `${p.field}: ${p.message}`).join(' '),
        instance,
        extensions: { errors },
    };
}

/** eMabler's `error` (Exception Details) shape, used for 404 and 500. */
export const exceptionDetails = (errorCode: string, message: string, errorNumber: number) => ({
    errorCode,
    message,
    errorNumber,
    helpLink: '',
});

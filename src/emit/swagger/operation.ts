/** Operation objects. */
import type { SwaggerOperation } from '../../swagger/types.ts';
import type { OperationModel } from '../../model/types.ts';
import { emitParameter } from './parameter.ts';
import { emitResponses, type ExampleLookup } from './response.ts';

/** A polling trigger's extensions (Learn "Use a custom polling trigger"); its 200 body must be an array. */
function emitTrigger(op: OperationModel): Pick<SwaggerOperation, 'x-ms-trigger' | 'x-ms-trigger-hint' | 'x-ms-trigger-metadata'> {
    if (!op.trigger) return {};
    const ok = op.responses.find((r) => r.status === '200');
    if (!ok?.schema || !('kind' in ok.schema)) throw new Error(`${op.operationId}: a batch trigger's 200 response must be an array of items.`);
    return { 'x-ms-trigger': 'batch', 'x-ms-trigger-hint': op.trigger.hint, 'x-ms-trigger-metadata': { kind: 'query', mode: 'polling' } };
}

export function emitOperation(op: OperationModel, examples: ExampleLookup): SwaggerOperation {
    if (op.upstream && op.connectorOnly) throw new Error(`${op.operationId}: an operation mirrors an upstream operation or is connector-only, not both.`);
    return {
        operationId: op.operationId,
        summary: op.summary,
        description: op.description,
        tags: [...op.tags],
        ...(op.visibility ? { 'x-ms-visibility': op.visibility } : {}),
        ...emitTrigger(op),
        parameters: op.parameters.map(emitParameter),
        responses: emitResponses(op.responses, op.operationId, examples),
    };
}

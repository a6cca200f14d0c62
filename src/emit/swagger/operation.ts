/** Operation objects. */
import type { SwaggerOperation } from '../../swagger/types.ts';
import type { OperationModel } from '../../model/types.ts';
import { emitParameter } from './parameter.ts';
import { emitResponses, type ExampleLookup } from './response.ts';

export function emitOperation(op: OperationModel, examples: ExampleLookup): SwaggerOperation {
    return {
        operationId: op.operationId,
        summary: op.summary,
        description: op.description,
        tags: [...op.tags],
        ...(op.visibility ? { 'x-ms-visibility': op.visibility } : {}),
        parameters: op.parameters.map(emitParameter),
        responses: emitResponses(op.responses, op.operationId, examples),
    };
}

/** Parameter objects. */
import type { SwaggerParameter } from '../../swagger/types.ts';
import type { ParameterModel } from '../../model/types.ts';
import { definitionRef, emitDynamicValues } from './schema.ts';

export function emitParameter(p: ParameterModel): SwaggerParameter {
    if (p.in === 'body') {
        return {
            name: p.name,
            in: 'body',
            required: p.required,
            schema: definitionRef(p.schema),
            'x-ms-summary': p.summary,
            description: p.description,
        };
    }
    return {
        name: p.name,
        in: p.in,
        required: p.required,
        type: p.type,
        ...(p.format ? { format: p.format } : {}),
        ...(p.items ? { items: { type: p.items.type, ...(p.items.format ? { format: p.items.format } : {}) } } : {}),
        ...(p.collectionFormat ? { collectionFormat: p.collectionFormat } : {}),
        ...(p.nullable ? { 'x-nullable': true } : {}),
        ...(p.minimum !== undefined ? { minimum: p.minimum } : {}),
        ...(p.maximum !== undefined ? { maximum: p.maximum } : {}),
        ...(p.enum ? { enum: [...p.enum] } : {}),
        ...(p.default !== undefined ? { default: p.default } : {}),
        ...(p.in === 'path' ? { 'x-ms-url-encoding': 'single' as const } : {}),
        ...(p.dynamicValues ? emitDynamicValues(p.dynamicValues) : {}),
        'x-ms-summary': p.summary,
        description: p.description,
        ...(p.visibility ? { 'x-ms-visibility': p.visibility } : {}),
    };
}

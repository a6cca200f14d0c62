/** The whole apiDefinition.swagger.json document. */
import type { SwaggerDocument, SwaggerPathItem, SwaggerSchema } from '../../swagger/types.ts';
import { namedSchemaOf } from '../../model/fields.ts';
import type { ConnectorModel, NamedSchema } from '../../model/types.ts';
import { emitOperation } from './operation.ts';
import type { ExampleLookup } from './response.ts';
import { collectNamedSchemas, emitDefinition } from './schema.ts';

const byKey = <T>(entries: [string, T][]): Record<string, T> =>
    Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function emitPaths(model: ConnectorModel, examples: ExampleLookup): Record<string, SwaggerPathItem> {
    const paths = new Map<string, SwaggerPathItem>();
    for (const op of model.operations) {
        const item = paths.get(op.path) ?? {};
        if (item[op.method]) throw new Error(`Two operations use ${op.method.toUpperCase()} ${op.path}.`);
        item[op.method] = emitOperation(op, examples);
        paths.set(op.path, item);
    }
    return byKey([...paths.entries()]);
}

function emitDefinitions(model: ConnectorModel): Record<string, SwaggerSchema> {
    const named = new Map<string, NamedSchema>();
    for (const op of model.operations) {
        for (const p of op.parameters) if (p.in === 'body') collectNamedSchemas(p.schema, named);
        for (const r of op.responses) if (r.schema) collectNamedSchemas(namedSchemaOf(r.schema), named);
    }
    return byKey([...named.values()].map((s) => [s.name, emitDefinition(s)]));
}

export function emitSwagger(model: ConnectorModel, examples: ExampleLookup): SwaggerDocument {
    return {
        swagger: '2.0',
        info: {
            title: model.title,
            description: model.description,
            version: model.version,
            contact: { ...model.contact },
        },
        host: model.host,
        basePath: model.basePath,
        schemes: ['https'],
        consumes: ['application/json'],
        produces: ['application/json'],
        paths: emitPaths(model, examples),
        definitions: emitDefinitions(model),
        securityDefinitions: {
            [model.security.definitionName]: { type: 'apiKey', in: 'header', name: model.security.headerName },
        },
        security: [{ [model.security.definitionName]: [] }],
        tags: model.tags.map((t) => ({ ...t })),
        'x-ms-connector-metadata': [
            { propertyName: 'Website', propertyValue: model.website },
            { propertyName: 'Privacy policy', propertyValue: model.privacyPolicy },
            { propertyName: 'Categories', propertyValue: model.categories.join(';') },
        ],
    };
}

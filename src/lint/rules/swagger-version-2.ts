import type { Rule } from '../rule.ts';

export const swaggerVersion2: Rule = {
    id: 'swagger-version-2',
    defaultSeverity: 'error',
    description: 'The document is Swagger 2.0 ("swagger": "2.0"); Power Platform does not accept OpenAPI 3.',
    mirrors: 'SpecificationVersionIncorrect',
    severityReason: "Microsoft's validator and the import reject any other version; no certified connector has one.",
    source: 'Validator SpecificationVersionIncorrect; Learn FAQ',
    check({ swagger, report }) {
        if (swagger.swagger === '2.0') return;
        if (swagger.openapi !== undefined) {
            report({ path: ['openapi'], message: `OpenAPI ${JSON.stringify(swagger.openapi)} is not supported; custom connectors must be Swagger 2.0.` });
            return;
        }
        report({ path: swagger.swagger === undefined ? [] : ['swagger'], message: `"swagger" must be "2.0" (found ${JSON.stringify(swagger.swagger ?? null)}).` });
    },
};

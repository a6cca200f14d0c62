import { MAX_SWAGGER_BYTES } from '../constants.ts';
import type { Rule } from '../rule.ts';

export const swaggerFileSize: Rule = {
    id: 'swagger-file-size',
    defaultSeverity: 'warn',
    description: 'The swagger file is smaller than 1 MB.',
    mirrors: 'none',
    severityReason: 'Learn\'s certification page says the file "shouldn\'t" be larger (larger files slow the designer); certified Encodian (1,104,994 bytes) was accepted in 2024.',
    source: 'Learn certification submission; Power Platform limits (facts §5.6)',
    check({ swaggerByteSize, report }) {
        if (swaggerByteSize !== undefined && swaggerByteSize >= MAX_SWAGGER_BYTES) {
            report({ path: [], message: `The swagger file has ${swaggerByteSize} bytes; keep it smaller than 1 MB (${MAX_SWAGGER_BYTES} bytes).` });
        }
    },
};

import type { Rule } from '../rule.ts';

export const basepathSlash: Rule = {
    id: 'basepath-slash',
    defaultSeverity: 'error',
    description: 'basePath, when present, starts with "/".',
    mirrors: 'BasePathNotValid',
    severityReason: 'A validator error; no certified connector has one.',
    source: 'Swagger 2.0 basePath',
    check({ swagger, report }) {
        const basePath = swagger.basePath;
        if (basePath === undefined) return;
        if (typeof basePath !== 'string' || !basePath.startsWith('/')) {
            report({ path: ['basePath'], message: `basePath ${JSON.stringify(basePath)} must start with "/".` });
        }
    },
};

import type { Rule } from '../rule.ts';

export const basepathSlash: Rule = {
    id: 'basepath-slash',
    defaultSeverity: 'error',
    description: 'basePath, when present, starts with "/".',
    source: 'Validator BasePathNotValid',
    check({ swagger, report }) {
        const basePath = swagger.basePath;
        if (basePath === undefined) return;
        if (typeof basePath !== 'string' || !basePath.startsWith('/')) {
            report({ path: ['basePath'], message: `basePath ${JSON.stringify(basePath)} must start with "/".` });
        }
    },
};

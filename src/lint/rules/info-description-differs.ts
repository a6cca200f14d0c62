import { asObject, asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const infoDescriptionDiffers: Rule = {
    id: 'info-description-differs',
    defaultSeverity: 'warn',
    description: 'info.description says more than the title.',
    mirrors: 'none',
    severityReason: "A guideline in Microsoft's swagger schema's description text, not a validator code.",
    source: "Microsoft's swagger schema (info.description)",
    check({ swagger, report }) {
        const info = asObject(swagger.info);
        const title = asString(info?.title);
        const description = asString(info?.description);
        if (title === undefined || description === undefined) return;
        if (description.trim().replace(/\.$/, '').toLowerCase() === title.trim().toLowerCase()) {
            report({ path: ['info', 'description'], message: 'info.description repeats the title; describe what the connector does.' });
        }
    },
};

import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { asObject } from '../../core/json.ts';
import { FORBIDDEN_BRAND_COLORS } from '../constants.ts';
import type { Rule } from '../rule.ts';

export const brandColor: Rule = {
    id: 'brand-color',
    defaultSeverity: 'warn',
    description: 'iconBrandColor is a #rrggbb colour and not white or the default #007ee5.',
    mirrors: 'none',
    severityReason: 'A review item of the PR checklist, not a validator code.',
    source: 'microsoft/PowerPlatformConnectors README and PR checklist',
    check({ apiProperties, report }) {
        const props = asObject(apiProperties?.properties);
        if (!props) return;
        const color = props.iconBrandColor;
        const at = ['properties', 'iconBrandColor'];
        if (color === undefined) {
            report({ file: API_PROPERTIES_FILE, path: ['properties'], message: 'iconBrandColor is missing.' });
        } else if (typeof color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(color)) {
            report({ file: API_PROPERTIES_FILE, path: at, message: `iconBrandColor ${JSON.stringify(color)} must be a #rrggbb colour.` });
        } else if (FORBIDDEN_BRAND_COLORS.includes(color.toLowerCase())) {
            report({ file: API_PROPERTIES_FILE, path: at, message: `iconBrandColor ${color} is white or the default blue; use the brand's own colour.` });
        }
    },
};

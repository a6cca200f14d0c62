import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { asObject } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const paconnStackowner: Rule = {
    id: 'paconn-stackowner',
    defaultSeverity: 'info',
    description: 'apiProperties.json has no stackOwner, which paconn update fails on.',
    mirrors: 'none',
    severityReason: 'Deployment advice, not a defect: certification expects stackOwner (547 of 619 certified connectors have it), only paconn update fails on it.',
    source: 'Learn paconn limitations (facts §4.1, §6.10); microsoft/PowerPlatformConnectors#614',
    check({ apiProperties, report }) {
        const props = asObject(apiProperties?.properties);
        if (props === undefined || !('stackOwner' in props)) return;
        report({
            file: API_PROPERTIES_FILE,
            path: ['properties', 'stackOwner'],
            message: 'stackOwner makes "paconn update" fail (and some regions rejected it on create); leave it out of the apiProperties.json you deploy, and add it only to a certification submission.',
        });
    },
};

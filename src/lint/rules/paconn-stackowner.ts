import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { asObject } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const paconnStackowner: Rule = {
    id: 'paconn-stackowner',
    defaultSeverity: 'warn',
    description: 'apiProperties.json has no stackOwner, which paconn update fails on.',
    source: 'Learn paconn limitations (facts §4.1, §6.10); microsoft/PowerPlatformConnectors#614 (some regions rejected it on create); a warning because certification review asks for stackOwner (facts §3.2 publisher-stackowner)',
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

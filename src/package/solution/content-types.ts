/** [Content_Types].xml of a solution zip: one Default per file extension in the zip. */
import { create } from 'xmlbuilder2';

export const CONTENT_TYPES_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/content-types';
/** Extensions as the platform exports them (note "Png", the extension of the icon blob). */
export const CONTENT_TYPE_EXTENSIONS = ['xml', 'json', 'Png'] as const;

export function contentTypesXml(): string {
    const types = create({ version: '1.0', encoding: 'utf-8' }).ele('Types', { xmlns: CONTENT_TYPES_NAMESPACE });
    for (const ext of CONTENT_TYPE_EXTENSIONS) types.ele('Default', { Extension: ext, ContentType: 'application/octet-stream' });
    return types.end({ prettyPrint: true }) + '\n';
}

/** [Content_Types].xml of a solution zip: one Default per file extension in the zip. */
import { xmlDocument, xmlText } from './xml.ts';

export const CONTENT_TYPES_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/content-types';
/** Extensions as the platform exports them (note "Png", the extension of the icon blob). */
export const CONTENT_TYPE_EXTENSIONS = ['xml', 'json', 'Png'] as const;
/**
 * The extension of the custom code blob (Connector/<name>_customcodeblobcontent.csx), declared only when
 * the zip holds one. Every part of the package needs a content type; public scripts that strip custom
 * code from exported solutions remove exactly a `<Default Extension="csx" …/>` with the file.
 */
export const CUSTOM_CODE_EXTENSION = 'csx';

export function contentTypesXml(options: { customCode?: boolean } = {}): string {
    const types = xmlDocument('Types', { xmlns: CONTENT_TYPES_NAMESPACE });
    const extensions = [...CONTENT_TYPE_EXTENSIONS, ...(options.customCode ? [CUSTOM_CODE_EXTENSION] : [])];
    for (const ext of extensions) types.ele('Default', { Extension: ext, ContentType: 'application/octet-stream' });
    return xmlText(types);
}

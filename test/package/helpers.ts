/** Test helpers for packaging: read zips (yauzl) and XML (xmlbuilder2) back. */
import yauzl from 'yauzl';
import { create } from 'xmlbuilder2';

export interface ReadEntry {
    data: Buffer;
    /** Unix mode from the external attributes. */
    mode: number;
    /** DOS date/time fields as written (no time-zone conversion). */
    dos: { date: number; time: number };
    hasExtraFields: boolean;
}

/** Entries in archive order, decompressed. */
export async function readZip(buffer: Buffer): Promise<Map<string, ReadEntry>> {
    const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true });
    const out = new Map<string, ReadEntry>();
    for await (const entry of zip.eachEntry()) {
        const stream = await zip.openReadStreamPromise(entry);
        const chunks: Buffer[] = [];
        for await (const c of stream) chunks.push(c as Buffer);
        out.set(entry.fileName, {
            data: Buffer.concat(chunks),
            mode: entry.externalFileAttributes >>> 16,
            dos: { date: entry.lastModFileDate, time: entry.lastModFileTime },
            hasExtraFields: entry.extraFields.length > 0,
        });
    }
    return out;
}

/** Bytes 0x00–0x7F only (what every generated JSON file must be: paconn reads it with the Windows code page). */
export const isAscii = (data: string | Buffer): boolean => [...Buffer.from(data)].every((b) => b < 0x80);

/** DOS date/time of 2020-01-01 00:00 (date = (year-1980)<<9 | month<<5 | day). */
export const DOS_2020_01_01 = { date: ((2020 - 1980) << 9) | (1 << 5) | 1, time: 0 };

/** The part of xmlbuilder2's DOM node that the lookups use (the project has no DOM lib types). */
interface XmlElement {
    nodeName: string;
    nodeType: number;
    textContent: string | null;
    childNodes: ArrayLike<XmlElement>;
    attributes: ArrayLike<{ name: string; value: string }>;
}

/** A parsed XML document with lookups by element path, text decoded. */
export function parseXml(text: string) {
    const root = create(text).root().node as unknown as XmlElement;
    const children = (el: XmlElement): XmlElement[] => Array.from(el.childNodes).filter((n) => n.nodeType === 1);
    const find = (path: string): XmlElement => {
        let el: XmlElement = root;
        const parts = path.split('/');
        if (parts[0] !== el.nodeName) throw new Error(`root is ${el.nodeName}, not ${parts[0]}`);
        for (const name of parts.slice(1)) {
            const next = children(el).find((c) => c.nodeName === name);
            if (!next) throw new Error(`no <${name}> under ${el.nodeName} (looking for ${path})`);
            el = next;
        }
        return el;
    };
    return {
        root,
        /** Text content of the element at `A/B/C`. */
        text: (path: string): string => find(path).textContent ?? '',
        /** Attributes of the element at `A/B/C`, in document order. */
        attrs: (path: string): Record<string, string> =>
            Object.fromEntries(Array.from(find(path).attributes).map((a) => [a.name, a.value])),
        /** Child element names of the element at `A/B/C`, in order. */
        childNames: (path: string): string[] => children(find(path)).map((c) => c.nodeName),
    };
}

/** Every file `npm run package` writes under dist/, in sorted order (written by hand from the issue). */
export const DIST_FILES: readonly string[] = [
    'certification/apiDefinition.swagger.json',
    'certification/apiProperties.json',
    'certification/readme.md',
    'certification/script.csx',
    'certification/submission/PkgAssets/eMablerConnectorSampleFlows_1_0_0_0.zip',
    'certification/submission/PkgAssets/eMablerConnector_1_0_0_0.zip',
    'certification/submission/intro.md',
    'connector/apiDefinition.swagger.json',
    'connector/apiProperties.json',
    'connector/icon.png',
    'connector/readme.md',
    'connector/script.csx',
    'connector/settings.json',
    'emabler-connector-1.0.0.zip',
    'logic-apps/customapi.template.json',
    'samples/paging-do-until.definition.json',
    'solution/eMablerConnector_1_0_0_0.zip',
];

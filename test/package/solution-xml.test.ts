/**
 * The solution's small XML writer (src/package/solution/xml.ts): exact output, escaping, refusals, and
 * byte-for-byte equality with what xmlbuilder2 (the writer it replaced, kept as a devDependency to read XML
 * back in tests) writes for the same trees — our connector's three files and random trees.
 */
import { create } from 'xmlbuilder2';
import { describe, expect, test } from 'vitest';
import { connector } from '../../src/emabler/connector.ts';
import { mulberry32, pick } from '../../src/emabler/sandbox/prng.ts';
import { contentTypesXml } from '../../src/package/solution/content-types.ts';
import { customizationsXml } from '../../src/package/solution/customizations.ts';
import { solutionXml } from '../../src/package/solution/manifest.ts';
import { type XmlElement, xmlDocument, xmlText } from '../../src/package/solution/xml.ts';
import { parseXml } from './helpers.ts';

describe('xml writer', () => {
    test('declaration, two-space indent, empty elements self-closed, texts inline, one final line feed', () => {
        const root = xmlDocument('R', { 'xmlns:xsi': 'x', a: '1' });
        root.ele('E');
        root.ele('T').txt('');
        root.ele('U').txt('v');
        root.ele('N').ele('M', { x: 'y' }).ele('K').txt('w');
        root.ele('Z', { 'xsi:nil': 'true' });
        expect(xmlText(root)).toBe(
            '<?xml version="1.0" encoding="utf-8"?>\n' +
                '<R xmlns:xsi="x" a="1">\n' +
                '  <E/>\n' +
                '  <T/>\n' +
                '  <U>v</U>\n' +
                '  <N>\n' +
                '    <M x="y">\n' +
                '      <K>w</K>\n' +
                '    </M>\n' +
                '  </N>\n' +
                '  <Z xsi:nil="true"/>\n' +
                '</R>\n',
        );
        expect(xmlText(xmlDocument('Only'))).toBe('<?xml version="1.0" encoding="utf-8"?>\n<Only/>\n');
    });

    test('escapes markup in texts and attributes, every ampersand included; tab, LF and CR in attributes become references', () => {
        const root = xmlDocument('R', { a: 'x & y &amp; <"q"> \t\n\r' });
        root.ele('U').txt('a & b &lt; <c> "d" line1\nline2');
        expect(xmlText(root)).toBe(
            '<?xml version="1.0" encoding="utf-8"?>\n' +
                '<R a="x &amp; y &amp;amp; &lt;&quot;q&quot;&gt; &#x9;&#xA;&#xD;">\n' +
                '  <U>a &amp; b &amp;lt; &lt;c&gt; "d" line1\nline2</U>\n' +
                '</R>\n',
        );
        // Read back by an independent parser, every value is what was written.
        const x = parseXml(xmlText(root));
        expect(x.attrs('R').a).toBe('x & y &amp; <"q"> \t\n\r');
        expect(x.text('R/U')).toBe('a & b &lt; <c> "d" line1\nline2');
    });

    test('a character XML 1.0 does not allow is refused, naming where it is', () => {
        const withBell = xmlDocument('R');
        withBell.ele('D').txt('bell\u0007');
        expect(() => xmlText(withBell)).toThrow('the text of <D> holds U+0007 at index 4, a character XML 1.0 does not allow.');
        expect(() => xmlText(xmlDocument('R', { d: 'x\uFFFE' }))).toThrow('attribute d of <R> holds U+FFFE at index 1, a character XML 1.0 does not allow.');
        expect(() => xmlText(xmlDocument('R', { d: 'lone \uD800 surrogate' }))).toThrow('attribute d of <R> holds U+D800 at index 5, a character XML 1.0 does not allow.');
        // A surrogate pair (an emoji) is allowed.
        expect(xmlText(xmlDocument('R', { d: '\u{1F50C}' }))).toBe('<?xml version="1.0" encoding="utf-8"?>\n<R d="\u{1F50C}"/>\n');
    });

    test('refuses mixed content and names that are not XML names', () => {
        const t = xmlDocument('R');
        t.ele('A').txt('x');
        expect(() => t.ele('A').txt('y').ele('B')).toThrow('<A> already holds a text; this writer does not mix text and elements.');
        const e = xmlDocument('R');
        e.ele('B');
        expect(() => e.txt('x')).toThrow('<R> already holds elements; this writer does not mix text and elements.');
        expect(() => xmlDocument('1R')).toThrow('"1R" is not an XML element or attribute name this writer accepts.');
        expect(() => xmlDocument('R', { 'a b': 'x' })).toThrow('"a b" is not an XML element or attribute name this writer accepts.');
    });
});

/** The same tree through xmlbuilder2, as src/package/solution wrote it before. */
interface Tree {
    name: string;
    attributes: Record<string, string>;
    children: Tree[];
    text?: string;
}

function viaOurs(t: Tree): string {
    const build = (parent: XmlElement, node: Tree): void => {
        const el = parent.ele(node.name, node.attributes);
        if (node.text !== undefined) el.txt(node.text);
        for (const c of node.children) build(el, c);
    };
    const root = xmlDocument(t.name, t.attributes);
    if (t.text !== undefined) root.txt(t.text);
    for (const c of t.children) build(root, c);
    return xmlText(root);
}

function viaXmlbuilder2(t: Tree): string {
    type Node = ReturnType<ReturnType<typeof create>['ele']>;
    const build = (parent: Node, node: Tree): void => {
        const el = parent.ele(node.name, node.attributes);
        if (node.text !== undefined) el.txt(node.text);
        for (const c of node.children) build(el, c);
    };
    const root = create({ version: '1.0', encoding: 'utf-8' }).ele(t.name, t.attributes);
    if (t.text !== undefined) root.txt(t.text);
    for (const c of t.children) build(root, c);
    return root.end({ prettyPrint: true }) + '\n';
}

describe('same bytes as xmlbuilder2', () => {
    test("our connector's solution.xml, customizations.xml and [Content_Types].xml", () => {
        // Rebuild the three files with xmlbuilder2 by reading ours back into trees.
        const toTree = (text: string): Tree => {
            type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode>; attributes: ArrayLike<{ name: string; value: string }> };
            const walk = (n: DomNode): Tree => {
                const elements = Array.from(n.childNodes).filter((c) => c.nodeType === 1);
                const attributes = Object.fromEntries(Array.from(n.attributes).map((a) => [a.name, a.value]));
                return elements.length > 0 || (n.textContent ?? '') === ''
                    ? { name: n.nodeName, attributes, children: elements.map(walk) }
                    : { name: n.nodeName, attributes, children: [], text: n.textContent ?? '' };
            };
            return walk(create(text).root().node as unknown as DomNode);
        };
        const files = [
            solutionXml(connector),
            customizationsXml(connector, { iconBrandColor: '#007ee5', scriptOperations: ['A', 'B'], customCode: true }, {
                workflows: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Flow & co', description: 'A "flow" <x>', file: 'Workflows/F-1.json' }],
                connectionReferences: [{ logicalName: 'ref', displayName: 'Ref', apiName: 'shared_x' }],
            }),
            contentTypesXml({ customCode: true }),
        ];
        for (const text of files) expect(viaXmlbuilder2(toTree(text))).toBe(text);
    });

    test('200 random trees without entity-like text, control characters or attribute line breaks', () => {
        const next = mulberry32(20261202);
        const chars = ['a', 'Z', ' ', '&', '<', '>', '"', "'", 'é', '\u{1F50C}', '\n', '1', ';', '#'];
        const word = (lineBreaks: boolean): string =>
            Array.from({ length: Math.floor(next() * 12) }, () => pick(next, chars))
                .filter((c) => lineBreaks || c !== '\n')
                .join('')
                // xmlbuilder2 leaves "&name;" and "&#1;" unescaped, the one place where the writers differ on purpose.
                .replace(/&(?=[A-Za-z]+;|#\d+;)/g, '& ');
        const names = ['A', 'b', 'Name_1', 'n.m-o'];
        const tree = (depth: number): Tree => {
            const attributes = Object.fromEntries(Array.from({ length: Math.floor(next() * 3) }, (_, i) => [`${pick(next, names)}${i}`, word(false)]));
            if (depth > 3 || next() < 0.4) return { name: pick(next, names), attributes, children: [], text: word(true) };
            return { name: pick(next, names), attributes, children: Array.from({ length: Math.floor(next() * 4) }, () => tree(depth + 1)) };
        };
        for (let i = 0; i < 200; i++) {
            const t = tree(0);
            expect(viaOurs(t)).toBe(viaXmlbuilder2(t));
        }
    });
});

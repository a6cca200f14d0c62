/**
 * A small XML writer for the solution's three XML files (solution.xml, customizations.xml,
 * [Content_Types].xml): elements with attributes and either child elements or one text, pretty-printed
 * the way a Dataverse export looks — the XML declaration, two-space indentation, "\n" line ends, an empty
 * element self-closed (`<Descriptions/>`), a text inline (`<Version>1.0.0.0</Version>`).
 *
 * It replaces xmlbuilder2 at run time (G5): loading xmlbuilder2 and its DOM took about 87 ms of every
 * `npm run package`, for three files that need none of a DOM. Its output is byte-for-byte what
 * xmlbuilder2's `end({ prettyPrint: true })` wrote for these files (test/package/solution-xml.test.ts
 * compares both), with two deliberate differences, both for texts our model never holds: every `&` is
 * escaped (xmlbuilder2 leaves `&name;` and `&#1;` as they are, an undefined entity that makes the file
 * ill-formed), and a tab, line feed or carriage return in an attribute is written as a character
 * reference (a parser would otherwise normalise it to a space). A character XML 1.0 does not allow is an
 * error, not silently written.
 */

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
/** Characters outside XML 1.0's Char production (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { ...TEXT_ESCAPES, '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };

function checked(value: string, where: string): string {
    const bad = ILLEGAL.exec(value);
    if (bad) {
        const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        throw new Error(`${where} holds U+${code} at index ${bad.index}, a character XML 1.0 does not allow.`);
    }
    return value;
}

const escapeText = (value: string, where: string): string => checked(value, where).replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!);
const escapeAttribute = (value: string, where: string): string => checked(value, where).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

function checkName(name: string): string {
    if (!NAME.test(name)) throw new Error(`"${name}" is not an XML element or attribute name this writer accepts.`);
    return name;
}

export class XmlElement {
    private readonly children: XmlElement[] = [];
    private text: string | undefined;

    constructor(
        readonly name: string,
        private readonly attributes: Readonly<Record<string, string>> = {},
    ) {
        checkName(name);
        for (const a of Object.keys(attributes)) checkName(a);
    }

    /** Appends a child element and returns it. */
    ele(name: string, attributes: Readonly<Record<string, string>> = {}): XmlElement {
        if (this.text !== undefined) throw new Error(`<${this.name}> already holds a text; this writer does not mix text and elements.`);
        const child = new XmlElement(name, attributes);
        this.children.push(child);
        return child;
    }

    /** Sets the element's text (an empty text writes the element self-closed, as xmlbuilder2 did) and returns the element. */
    txt(value: string): this {
        if (this.children.length > 0) throw new Error(`<${this.name}> already holds elements; this writer does not mix text and elements.`);
        this.text = (this.text ?? '') + value;
        return this;
    }

    /** The element and what it holds, each line indented by `depth` levels. */
    write(lines: string[], depth: number): void {
        const indent = '  '.repeat(depth);
        const attributes = Object.entries(this.attributes)
            .map(([k, v]) => ` ${k}="${escapeAttribute(v, `attribute ${k} of <${this.name}>`)}"`)
            .join('');
        const open = `${indent}<${this.name}${attributes}`;
        if (this.text !== undefined && this.text !== '') {
            lines.push(`${open}>${escapeText(this.text, `the text of <${this.name}>`)}</${this.name}>`);
        } else if (this.children.length === 0) {
            lines.push(`${open}/>`);
        } else {
            lines.push(`${open}>`);
            for (const c of this.children) c.write(lines, depth + 1);
            lines.push(`${indent}</${this.name}>`);
        }
    }
}

/** A document whose root element is returned; `xmlText(root)` writes it. */
export const xmlDocument = (name: string, attributes: Readonly<Record<string, string>> = {}): XmlElement => new XmlElement(name, attributes);

/** The XML declaration and the pretty-printed tree, ending with a line feed. */
export function xmlText(root: XmlElement): string {
    const lines = ['<?xml version="1.0" encoding="utf-8"?>'];
    root.write(lines, 0);
    return lines.join('\n') + '\n';
}

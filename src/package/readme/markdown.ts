/** Small Markdown helpers for the generated readme: escaped table cells, tables, code blocks. */

/** A table cell: pipes escaped, line breaks flattened, so a description can never break the table. */
export const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replaceAll('|', '\\|').trim();

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
    const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)];
}

export const code = (text: string): string => `\`${text}\``;

export const codeBlock = (lang: string, lines: readonly string[]): string[] => ['```' + lang, ...lines, '```'];

export interface Section {
    heading: string;
    /** 2 = "##", 3 = "###", 4 = "####". */
    level: 1 | 2 | 3 | 4;
    body: string[];
}

/** Sections joined with one blank line between blocks; LF line ends, one trailing newline, no trailing spaces. */
export function renderSections(sections: readonly Section[]): string {
    const blocks = sections.map((s) => [`${'#'.repeat(s.level)} ${s.heading}`, ...(s.body.length ? ['', ...s.body] : [])].join('\n'));
    return blocks.join('\n\n').replace(/[ \t]+$/gm, '') + '\n';
}

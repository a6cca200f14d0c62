/**
 * The previous release of the connector: a folder holding apiDefinition.swagger.json (and usually
 * apiProperties.json), a swagger file (its apiProperties.json is the one beside it), or a git ref (tag,
 * branch, commit) whose committed files are read with `git show <ref>:<file>` in the project folder.
 * A missing apiProperties.json is not an error (its `doc` is undefined); other problems are InputErrors (exit 2).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ToolError } from '../core/errors.ts';
import { API_PROPERTIES_FILE, connectorSwaggerPath, SWAGGER_FILE } from '../core/files.ts';
import { parseJson, readJsonFile } from '../core/json-file.ts';
import type { PropertiesSide } from './connection.ts';

export interface OldConnector {
    doc: unknown;
    /** Label used in messages: the file path, or `<ref>:apiDefinition.swagger.json`. */
    file: string;
    /** apiProperties.json beside the swagger (or `<ref>:apiProperties.json`); `doc` undefined when absent. */
    properties: PropertiesSide;
}

/** The apiProperties.json in the same folder as a swagger file; `doc` undefined when there is none. */
export function propertiesBeside(swaggerFile: string, cwd: string = process.cwd()): PropertiesSide {
    const file = join(dirname(swaggerFile), API_PROPERTIES_FILE);
    const abs = resolve(cwd, file);
    return { doc: existsSync(abs) ? readJsonFile(abs, file) : undefined, file };
}

function git(args: string[], cwd: string): { ok: true; out: string } | { ok: false; err: string } {
    try {
        return { ok: true, out: execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }) };
    } catch (e) {
        const err = e as { stderr?: string; message: string };
        return { ok: false, err: (err.stderr || err.message).trim() };
    }
}

/** `folderFileOrRef` is resolved against `repoDir` (the working folder), which is also where git runs. */
export function loadOldConnector(folderFileOrRef: string, repoDir: string): OldConnector {
    const abs = resolve(repoDir, folderFileOrRef);
    if (existsSync(abs)) {
        const absFile = connectorSwaggerPath(abs);
        // Labels keep the form given: absolute stays absolute, relative is relative to repoDir.
        const file = isAbsolute(folderFileOrRef) ? absFile : relative(repoDir, absFile);
        return { doc: readJsonFile(absFile, file), file, properties: propertiesBeside(file, repoDir) };
    }
    const label = `${folderFileOrRef}:${SWAGGER_FILE}`;
    if (folderFileOrRef.startsWith('-')) throw new ToolError(folderFileOrRef, undefined, 'is neither a folder, a file nor a git ref.');
    const commit = git(['rev-parse', '--verify', '--quiet', `${folderFileOrRef}^{commit}`], repoDir);
    if (!commit.ok) throw new ToolError(folderFileOrRef, undefined, `is neither a folder, a file nor a git ref in ${repoDir}.`);
    const shown = git(['show', `${folderFileOrRef}:${SWAGGER_FILE}`], repoDir);
    if (!shown.ok) throw new ToolError(label, undefined, `cannot be read from git (${shown.err}).`);
    const doc = parseJson(shown.out, label);
    const propsLabel = `${folderFileOrRef}:${API_PROPERTIES_FILE}`;
    if (!git(['cat-file', '-e', propsLabel], repoDir).ok) return { doc, file: label, properties: { doc: undefined, file: propsLabel } };
    const props = git(['show', propsLabel], repoDir);
    if (!props.ok) throw new ToolError(propsLabel, undefined, `cannot be read from git (${props.err}).`);
    return { doc, file: label, properties: { doc: parseJson(props.out, propsLabel), file: propsLabel } };
}

/**
 * The previous release of the connector: a folder holding apiDefinition.swagger.json, a swagger file,
 * or a git ref (tag, branch, commit) whose committed apiDefinition.swagger.json is read with
 * `git show <ref>:apiDefinition.swagger.json` in the project folder. Problems are InputErrors (exit 2).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connectorSwaggerPath, InputError, parseJsonText, readJsonFile, SWAGGER_FILE_NAME } from '../drift/input.ts';

export interface OldConnector {
    doc: unknown;
    /** Label used in messages: the file path, or `<ref>:apiDefinition.swagger.json`. */
    file: string;
}

function git(args: string[], cwd: string): { ok: true; out: string } | { ok: false; err: string } {
    try {
        return { ok: true, out: execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 }) };
    } catch (e) {
        const err = e as { stderr?: string; message: string };
        return { ok: false, err: (err.stderr || err.message).trim() };
    }
}

export function loadOldConnector(folderFileOrRef: string, repoDir: string): OldConnector {
    if (existsSync(folderFileOrRef)) {
        const file = connectorSwaggerPath(folderFileOrRef);
        return { doc: readJsonFile(file), file };
    }
    const label = `${folderFileOrRef}:${SWAGGER_FILE_NAME}`;
    if (folderFileOrRef.startsWith('-')) throw new InputError(folderFileOrRef, undefined, 'is neither a folder, a file nor a git ref.');
    const commit = git(['rev-parse', '--verify', '--quiet', `${folderFileOrRef}^{commit}`], repoDir);
    if (!commit.ok) throw new InputError(folderFileOrRef, undefined, `is neither a folder, a file nor a git ref in ${repoDir}.`);
    const shown = git(['show', `${folderFileOrRef}:${SWAGGER_FILE_NAME}`], repoDir);
    if (!shown.ok) throw new InputError(label, undefined, `cannot be read from git (${shown.err}).`);
    return { doc: parseJsonText(shown.out, label), file: label };
}

#!/usr/bin/env node
// @ts-check
/**
 * emabler-connector <command> [args…]: runs one compiled command (tools/compile.mjs). `npm run <command>`
 * calls this, and it is the package's `bin`. Before each command it checks that the compiled build
 * matches the sources (one stat per input file, about 1 ms) and compiles again when it does not, so an
 * edited model or source file is never run stale. It loads only the command asked for; each command
 * loads its heavy parts after its arguments are read (docs/performance.md).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUILD_DIR, commandFile, currentBuild } from '../tools/compile.mjs';

const projectDir = dirname(dirname(fileURLToPath(import.meta.url)));
const name = process.argv[2];
const file = name === undefined ? undefined : commandFile(name);
let build = currentBuild(projectDir);
// A command added since the last build (a new scripts/<name>.ts) also needs a build.
if (!build || (file !== undefined && build.commands[file] === undefined && existsSync(join(projectDir, 'scripts', `${file}.ts`)))) {
    try {
        build = await (await import('../tools/compile.mjs')).compile(projectDir);
    } catch (e) {
        process.stderr.write(`emabler-connector: the compiled commands are missing or out of date and cannot be rebuilt: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exit(2);
    }
}
const entry = file === undefined ? undefined : build.commands[file];
if (entry === undefined) {
    process.stderr.write(`usage: emabler-connector <command> [args…]\ncommands: ${Object.keys(build.commands).join(', ')}\n`);
    process.exit(2);
}
// The command reads process.argv.slice(2), as when run directly: drop the command name.
process.argv.splice(2, 1);
await import(pathToFileURL(join(projectDir, BUILD_DIR, build.id, entry)).href);

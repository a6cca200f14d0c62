/**
 * `npm run calibrate -- <DIR> [--list FILE] [--official-schemas DIR] [--json OUT] [--findings OUT.jsonl]`:
 * the validator over a folder of connectors, counted per rule (G4). Exit codes: 0 it ran (whatever the
 * connectors' own results), 2 cannot run (no such folder, unreadable list, broken schema folder).
 */
import { relative, resolve } from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.ts';
import { ToolError } from '../core/errors.ts';
import { isDirectory, SWAGGER_FILE } from '../core/files.ts';
import { parseCommand, stringOption } from '../cli/args.ts';
import { runCommand, shownPath, type CliIo, type ExitCode } from '../cli/io.ts';
import type { ConnectorResult } from './calibrate.ts';

export const CALIBRATE_USAGE = 'usage: npm run calibrate -- <DIR> [--list FILE] [--official-schemas DIR] [--json OUT] [--findings OUT.jsonl]';

export const CALIBRATE_HELP = `${CALIBRATE_USAGE}

Runs the validator (npm run validate) in process over every connector folder under DIR and prints the
exit-code split, the cost per connector and, per rule, on how many connectors it fires as an error, a
warning and an info (docs/validator.md shows the table for Microsoft's connectors).

  DIR                     a connector folder, a folder of connectors, or a checkout of
                          microsoft/PowerPlatformConnectors (connectors two levels down); a folder counts
                          when it holds apiDefinition.swagger.json in any letter case
  --list FILE             validate only these folders: one per line, relative to DIR
  --official-schemas DIR  Microsoft's schemas (as for npm run validate), compiled once for the run
  --json OUT              write per-connector results (exit code, ms, counts by rule) as JSON
  --findings OUT.jsonl    write every finding as one JSON line

The first connector is validated once more before timing starts (module loading is not counted).
Exit codes: 0 it ran, 2 cannot run.
`;

const SPEC = {
    options: { list: { type: 'string' }, 'official-schemas': { type: 'string' }, json: { type: 'string' }, findings: { type: 'string' } },
    positionals: { min: 1, max: 1 },
    missing: 'DIR is required (a folder of connector folders)',
} as const;

export function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
    return runCommand({ name: 'calibrate', usage: CALIBRATE_USAGE }, io, async (): Promise<ExitCode> => {
        const args = parseCommand(argv, SPEC);
        if (args.help) {
            io.stdout(CALIBRATE_HELP);
            return 0;
        }
        const root = resolve(io.cwd, args.positionals[0]!);
        if (!isDirectory(root)) throw new ToolError(shownPath(io.cwd, root), undefined, 'is not a folder (no such directory); give a folder of connector folders.');
        // The validator (swagger-parser, AJV) loads only now: --help and usage errors never load it.
        const { loadOfficialSchemas } = await import('./ajv.ts');
        const { calibrateOne, findConnectorDirs, findingsJsonl, formatSummary, readConnectorList, resultsJson, summarise } = await import('./calibrate.ts');
        const list = stringOption(args.values, 'list');
        const schemasDir = stringOption(args.values, 'official-schemas');
        const schemas = schemasDir !== undefined ? loadOfficialSchemas(resolve(io.cwd, schemasDir)) : undefined;
        const dirs = list !== undefined ? readConnectorList(root, resolve(io.cwd, list), shownPath(io.cwd, resolve(io.cwd, list))) : findConnectorDirs(root);
        if (dirs.length === 0) throw new ToolError(shownPath(io.cwd, root), undefined, `holds no connector folder (none with ${SWAGGER_FILE} up to two levels down).`);

        await calibrateOne(dirs[0]!, '', schemas); // warm-up: module loading and first-call costs are not counted
        const results: ConnectorResult[] = [];
        for (const dir of dirs) results.push(await calibrateOne(dir, relative(root, dir) || '.', schemas));
        io.stdout(formatSummary(summarise(results), results));

        const json = stringOption(args.values, 'json');
        if (json !== undefined) writeFileAtomic(resolve(io.cwd, json), resultsJson(results));
        const findings = stringOption(args.values, 'findings');
        if (findings !== undefined) writeFileAtomic(resolve(io.cwd, findings), findingsJsonl(results));
        return 0;
    });
}

/**
 * `npm run build [-- --check] [--root DIR]`: regenerate the committed generated files from the model
 * (apiDefinition.swagger.json, apiProperties.json, and whatever else the project generates, such as
 * docs/rules.md), or with --check exit 1 and name each stale file. Exit codes: 0 ok, 1 stale, 2 cannot run.
 */
import { resolve } from 'node:path';
import { parseCommand, stringOption } from '../cli/args.ts';
import { runCommand, type CliIo, type ExitCode } from '../cli/io.ts';
import { readExamples, requireExamples } from '../model/examples.ts';
import type { ConnectorProject } from '../model/project.ts';
import { exampleLookup, findStaleFiles, generateConnectorFiles, writeGeneratedFiles, type GeneratedFile } from './generate.ts';

export const BUILD_USAGE = 'usage: npm run build [-- --check] [--root DIR]';

export const BUILD_HELP = `${BUILD_USAGE}

Regenerates the committed generated files from the model. Never edit them by hand.

  --check     regenerate in memory; exit 1 and name each file that differs from what is committed
  --root DIR  another project folder (tests): output goes there and examples are read from it

Exit codes: 0 ok, 1 stale output (--check), 2 cannot run.
`;

const SPEC = { options: { check: { type: 'boolean' }, root: { type: 'string' } }, positionals: { min: 0, max: 0 } } as const;

/**
 * `extra`: further generated files of the project (docs), made from the generated connector files and
 * written and checked with them.
 */
export function run(
    argv: readonly string[],
    io: CliIo,
    project: ConnectorProject,
    extra: (connectorFiles: readonly GeneratedFile[]) => GeneratedFile[] = () => [],
): Promise<ExitCode> {
    return runCommand({ name: 'build', usage: BUILD_USAGE }, io, () => {
        const args = parseCommand(argv, SPEC);
        if (args.help) {
            io.stdout(BUILD_HELP);
            return 0;
        }
        const root = stringOption(args.values, 'root');
        const rootDir = root !== undefined ? resolve(io.cwd, root) : project.rootDir;
        const examples = requireExamples(readExamples(rootDir, project.examplesDir));
        const connectorFiles = generateConnectorFiles(project.model, exampleLookup(examples, project.examplesDir));
        const files = [...connectorFiles, ...extra(connectorFiles)];
        if (args.values['check'] === true) {
            const stale = findStaleFiles(rootDir, files);
            for (const s of stale) {
                const where = s.reason === 'missing' ? 'is missing' : `differs from the generated output (first difference at line ${s.line})`;
                io.stderr(`build --check: ${s.name} ${where}. Run "npm run build" and commit the result; never edit it by hand.\n`);
            }
            if (stale.length > 0) return 1;
            io.stdout(`build --check: ${files.map((f) => f.name).join(', ')} up to date.\n`);
            return 0;
        }
        writeGeneratedFiles(rootDir, files);
        io.stdout(`build: wrote ${files.map((f) => f.name).join(', ')}.\n`);
        return 0;
    });
}

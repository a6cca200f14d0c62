/**
 * `npm run try -- <operationId> --connection '{…}' --input '{…}' [--all | --values <field>]`, and for a
 * polling trigger served by custom code `npm run try -- <TriggerOperationId> --poll [--location URL]
 * --connection '{…}'` (custom-code/poll-cli.ts). Exit codes: 0 ok, 1 the call failed or produced findings,
 * 2 cannot run (bad arguments, unreadable files, unsupported policy, an input without a picker, Mono
 * missing, custom code that does not compile).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ToolError, UsageError } from '../core/errors.ts';
import { parseCommand, stringOption } from '../cli/args.ts';
import { runCommand, type CliIo, type ExitCode } from '../cli/io.ts';
import type { ConnectorProject } from '../model/project.ts';
import { formatStylish } from '../report/stylish.ts';
import { findOperation } from '../swagger/reader.ts';
import { describePaging } from '../swagger/paging.ts';
import { maskSecrets } from './errors.ts';
import { resolveDynamicValues } from './dynamic-values.ts';
import { readAllPages } from './paging.ts';

export const TRY_USAGE = 'usage: npm run try -- <operationId> --connection <json|@file> [--input <json|@file>] [options]';

export const tryHelp = (apiKeyEnv: string): string => `${TRY_USAGE}

Executes one operation of the generated connector (apiDefinition.swagger.json + apiProperties.json)
over real HTTP, the way Power Platform does, and prints its outputs as JSON.

  --connection <json|@file>  connection values, e.g. '{"environment":"https://…","api_key":"…"}'
                             (api_key may instead come from the ${apiKeyEnv} environment variable)
  --input <json|@file>       operation inputs; body properties are given flat, e.g. '{"limit":10}'
  --all                      for an operation that pages: read every page (page=1.. while hasNextPage)
  --limit <n>                page size for --all (default: the operation's largest page)
  --values <field>           resolve the picker of input <field> (x-ms-dynamic-list, else
                             x-ms-dynamic-values) as the designer does: call its source operation
                             and print [{"value","title"}]; --input gives the inputs it refers to
  --allow-custom-values      accept an environment outside the dropdown (e.g. a local sandbox URL)
  --poll                     a polling trigger served by custom code: one poll as the platform does it,
                             printing {status, location, retryAfter, items} (needs Mono: .ci/install-mono)
  --location <url>           with --poll: the previous answer's location (omit on the first poll)
  --script <path>            with --poll: the custom code (default: the project's script.csx)
  --swagger <path>           API definition (default: <project>/apiDefinition.swagger.json)
  --api-properties <path>    API properties (default: <project>/apiProperties.json)
  --verbose                  print each request (API key masked) to stderr

Exit codes: 0 ok, 1 call failed or findings, 2 cannot run.
`;

const SPEC = {
    options: {
        connection: { type: 'string' },
        input: { type: 'string' },
        all: { type: 'boolean' },
        limit: { type: 'string' },
        values: { type: 'string' },
        'allow-custom-values': { type: 'boolean' },
        poll: { type: 'boolean' },
        location: { type: 'string' },
        script: { type: 'string' },
        swagger: { type: 'string' },
        'api-properties': { type: 'string' },
        verbose: { type: 'boolean' },
    },
    positionals: { min: 1, max: 1 },
    missing: 'expected exactly one operationId',
} as const;

/** A JSON object given inline or as @file. */
function readJsonArg(name: string, raw: string | undefined, cwd: string): Record<string, unknown> {
    if (raw === undefined) return {};
    let text = raw;
    if (raw.startsWith('@')) {
        try {
            text = readFileSync(resolve(cwd, raw.slice(1)), 'utf8');
        } catch (e) {
            throw new UsageError(`--${name}: cannot read ${raw.slice(1)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (e) {
        // Node 22 appends " (line L column C)" to the position; keep one wording across versions.
        throw new UsageError(`--${name} is not valid JSON: ${(e as Error).message.replace(/ \(line \d+ column \d+\)$/, '')}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`--${name} must be a JSON object`);
    return value as Record<string, unknown>;
}

export function run(argv: readonly string[], io: CliIo, project: Pick<ConnectorProject, 'rootDir' | 'apiKeyEnv' | 'scriptFile'>): Promise<ExitCode> {
    let secrets: string[] = [];
    const usage = { name: 'try', usage: TRY_USAGE };
    return runCommand(
        usage,
        io,
        async () => {
            const args = parseCommand(argv, SPEC);
            if (args.help) {
                io.stdout(tryHelp(project.apiKeyEnv));
                return 0;
            }
            const { values } = args;
            const connection = readJsonArg('connection', stringOption(values, 'connection'), io.cwd);
            const envKey = io.env[project.apiKeyEnv];
            if (connection['api_key'] === undefined && envKey) connection['api_key'] = envKey;
            // Mask the API key in everything printed, even before the connection is checked.
            secrets = typeof connection['api_key'] === 'string' && connection['api_key'] !== '' ? [connection['api_key']] : [];
            const operationId = args.positionals[0]!;
            const input = readJsonArg('input', stringOption(values, 'input'), io.cwd);
            const rawLimit = stringOption(values, 'limit');
            const field = stringOption(values, 'values');
            if (field !== undefined && (values['all'] === true || rawLimit !== undefined)) throw new UsageError('--values cannot be combined with --all or --limit');
            if (rawLimit !== undefined && values['all'] !== true) throw new UsageError('--limit is only used with --all (give "limit" in --input otherwise)');
            const limit = rawLimit === undefined ? undefined : Number(rawLimit);
            if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit must be a positive integer, got "${rawLimit}"`);

            const swaggerPath = stringOption(values, 'swagger');
            const apiPropertiesPath = stringOption(values, 'api-properties');
            const paths = {
                rootDir: project.rootDir,
                ...(swaggerPath !== undefined ? { swaggerPath: resolve(io.cwd, swaggerPath) } : {}),
                ...(apiPropertiesPath !== undefined ? { apiPropertiesPath: resolve(io.cwd, apiPropertiesPath) } : {}),
            };
            const location = stringOption(values, 'location');
            const script = stringOption(values, 'script');
            if (values['poll'] !== true && (location !== undefined || script !== undefined)) throw new UsageError('--location and --script are used only with --poll');
            if (values['poll'] === true) {
                if (values['all'] === true || field !== undefined) throw new UsageError('--poll cannot be combined with --all or --values');
                const scriptPath = script !== undefined ? resolve(io.cwd, script) : project.scriptFile !== undefined ? resolve(project.rootDir, project.scriptFile) : undefined;
                // Loaded here, like the harness below: the poll imports the harness and the contract checker
                // too, so a static import would load them for --help and usage errors.
                const { runPoll } = await import('./custom-code/poll-cli.ts');
                return runPoll(
                    {
                        operationId,
                        connection,
                        input,
                        allowCustomValues: values['allow-custom-values'] === true,
                        verbose: values['verbose'] === true,
                        ...paths,
                        ...(location !== undefined ? { location } : {}),
                        ...(scriptPath !== undefined ? { scriptPath } : {}),
                    },
                    io,
                    (text) => maskSecrets(text, secrets),
                );
            }
            // The harness (contract checker, AJV) loads only now: --help and usage errors never load it.
            const { createHarness } = await import('./execute.ts');
            const harness = createHarness({
                connection,
                allowCustomValues: values['allow-custom-values'] === true,
                ...paths,
                ...(values['verbose'] === true ? { trace: (line: string) => io.stderr(line + '\n') } : {}),
            });

            if (field !== undefined) {
                const picked = await resolveDynamicValues(harness, operationId, field, input);
                if (picked.diagnostics.length > 0) io.stderr(formatStylish(picked.diagnostics));
                for (const note of picked.notes) io.stderr(`${note}\n`);
                io.stderr(`${operationId} --values ${field}: ${picked.values.length} value(s) from ${picked.sourceOperationId}\n`);
                if (picked.ok) io.stdout(JSON.stringify(picked.values, null, 2) + '\n');
                return picked.ok ? 0 : 1;
            }
            if (values['all'] === true) {
                const doc = harness.files.swagger as never;
                const op = findOperation(doc, operationId);
                const paging = op && describePaging(doc, op);
                if (!paging) throw new ToolError(undefined, undefined, `--all works only with an operation that pages (page and limit in its body, hasNextPage and items in its 200 response); "${operationId}" does not`);
                const result = await readAllPages(harness, paging, input, limit === undefined ? {} : { limit });
                if (result.diagnostics.length > 0) io.stderr(formatStylish(result.diagnostics));
                io.stderr(`${operationId} --all: ${result.requests} request(s), ${result.items.length} item(s)\n`);
                if (result.ok) io.stdout(JSON.stringify({ requests: result.requests, totalRecords: result.totalRecords, count: result.items.length, items: result.items }, null, 2) + '\n');
                return result.ok ? 0 : 1;
            }
            const result = await harness.execute(operationId, input);
            if (result.outputs !== undefined) io.stdout(JSON.stringify(result.outputs, null, 2) + '\n');
            if (result.diagnostics.length > 0) io.stderr(formatStylish(result.diagnostics));
            if (result.status !== undefined) io.stderr(`${operationId}: HTTP ${result.status}\n`);
            return result.ok ? 0 : 1;
        },
        (text) => maskSecrets(text, secrets),
    );
}

/**
 * `npm run try -- <operationId> --connection '{…}' --input '{…}' [--all]`: argument parsing and the
 * run itself, kept here (not in scripts/try.ts) so they are testable. Exit codes: 0 ok, 1 the call
 * failed or produced findings, 2 cannot run (bad arguments, unreadable files, unsupported policy).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatStylish } from '../report/stylish.ts';
import { ToolError } from '../core/errors.ts';
import { maskSecrets } from './errors.ts';
import { createHarness } from './execute.ts';
import { PAGING_LIMIT_DEFAULT, QUERY_OPERATION_ID, queryAllChargingSessions } from './paging.ts';

export const TRY_USAGE = `usage: npm run try -- <operationId> --connection <json|@file> [--input <json|@file>] [options]

Executes one operation of the generated connector (apiDefinition.swagger.json + apiProperties.json)
over real HTTP, the way Power Platform does, and prints its outputs as JSON.

  --connection <json|@file>  connection values, e.g. '{"environment":"https://api.emabler.net/api/v2/cpo","api_key":"…"}'
                             (api_key may instead come from the EMABLER_API_KEY environment variable)
  --input <json|@file>       operation inputs; body properties are given flat, e.g. '{"limit":10}'
  --all                      QueryChargingSessions only: read every page (page=1.. while hasNextPage)
  --limit <n>                page size for --all (default ${PAGING_LIMIT_DEFAULT})
  --allow-custom-values      accept an environment outside the dropdown (e.g. a local sandbox URL)
  --swagger <path>           API definition (default: <repo>/apiDefinition.swagger.json)
  --api-properties <path>    API properties (default: <repo>/apiProperties.json)
  --verbose                  print each request (API key masked) to stderr

Exit codes: 0 ok, 1 call failed or findings, 2 cannot run.
`;

export interface TryIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    env: Readonly<Record<string, string | undefined>>;
}

function readJsonArg(name: string, raw: string | undefined): Record<string, unknown> {
    if (raw === undefined) return {};
    let text = raw;
    if (raw.startsWith('@')) {
        try {
            text = readFileSync(raw.slice(1), 'utf8');
        } catch (e) {
            throw new ToolError(undefined, undefined, `--${name}: cannot read ${raw.slice(1)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        }
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (e) {
        // Node 22 appends " (line L column C)" to the position; keep one wording across versions.
        throw new ToolError(undefined, undefined, `--${name} is not valid JSON: ${(e as Error).message.replace(/ \(line \d+ column \d+\)$/, '')}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ToolError(undefined, undefined, `--${name} must be a JSON object`);
    return value as Record<string, unknown>;
}

export async function runTry(argv: readonly string[], io: TryIo): Promise<0 | 1 | 2> {
    let secrets: string[] = [];
    const safe = (text: string) => maskSecrets(text, secrets);
    try {
        let parsed;
        try {
            parsed = parseArgs({
                args: [...argv],
                allowPositionals: true,
                options: {
                    connection: { type: 'string' },
                    input: { type: 'string' },
                    all: { type: 'boolean', default: false },
                    limit: { type: 'string' },
                    'allow-custom-values': { type: 'boolean', default: false },
                    swagger: { type: 'string' },
                    'api-properties': { type: 'string' },
                    verbose: { type: 'boolean', default: false },
                    help: { type: 'boolean', default: false },
                },
            });
        } catch (e) {
            throw new ToolError(undefined, undefined, `${(e as Error).message}\n${TRY_USAGE}`);
        }
        const { values, positionals } = parsed;
        if (values.help) {
            io.stdout(TRY_USAGE);
            return 0;
        }
        const connection = readJsonArg('connection', values.connection);
        const envKey = io.env['EMABLER_API_KEY'];
        if (connection['api_key'] === undefined && envKey) connection['api_key'] = envKey;
        // Mask the API key in everything printed, even before the connection is checked.
        secrets = typeof connection['api_key'] === 'string' && connection['api_key'] !== '' ? [connection['api_key']] : [];
        if (positionals.length !== 1) throw new ToolError(undefined, undefined, `expected exactly one operationId, got ${positionals.length}\n${TRY_USAGE}`);
        const operationId = positionals[0]!;
        const input = readJsonArg('input', values.input);
        let limit = PAGING_LIMIT_DEFAULT;
        if (values.limit !== undefined) {
            if (!values.all) throw new ToolError(undefined, undefined, '--limit is only used with --all (give "limit" in --input otherwise)');
            limit = Number(values.limit);
            if (!Number.isInteger(limit) || limit < 1) throw new ToolError(undefined, undefined, `--limit must be a positive integer, got "${values.limit}"`);
        }
        if (values.all && operationId !== QUERY_OPERATION_ID) throw new ToolError(undefined, undefined, `--all works only with ${QUERY_OPERATION_ID}, not "${operationId}"`);

        const harness = createHarness({
            connection,
            allowCustomValues: values['allow-custom-values'],
            swaggerPath: values.swagger,
            apiPropertiesPath: values['api-properties'],
            trace: values.verbose ? (line) => io.stderr(line + '\n') : undefined,
        });

        if (values.all) {
            const result = await queryAllChargingSessions(harness, input, { limit });
            if (result.diagnostics.length > 0) io.stderr(formatStylish(result.diagnostics));
            io.stderr(`${QUERY_OPERATION_ID} --all: ${result.requests} request(s), ${result.items.length} session(s)\n`);
            if (result.ok) io.stdout(JSON.stringify({ requests: result.requests, totalRecords: result.totalRecords, count: result.items.length, items: result.items }, null, 2) + '\n');
            return result.ok ? 0 : 1;
        }
        const result = await harness.execute(operationId, input);
        if (result.outputs !== undefined) io.stdout(JSON.stringify(result.outputs, null, 2) + '\n');
        if (result.diagnostics.length > 0) io.stderr(formatStylish(result.diagnostics));
        if (result.status !== undefined) io.stderr(`${operationId}: HTTP ${result.status}\n`);
        return result.ok ? 0 : 1;
    } catch (e) {
        if (e instanceof ToolError) {
            io.stderr(safe(`try: ${e.message}\n`));
            return 2;
        }
        io.stderr(safe(`try: unexpected error: ${(e as Error).stack ?? String(e)}\n`));
        return 2;
    }
}

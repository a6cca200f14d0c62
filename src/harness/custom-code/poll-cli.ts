/**
 * `npm run try -- <TriggerOperationId> --poll [--location URL] --connection JSON [--allow-custom-values]`:
 * performs exactly one poll as the platform would (poll.ts) and prints
 * `{ "status", "location", "retryAfter", "items" }`. The first poll has no --location (trigger inputs
 * may come with --input); each later poll passes the previous answer's location.
 * Exit codes: 0 answered 200/202 cleanly, 1 the script or the API failed (or findings), 2 cannot run
 * (arguments, files, Mono missing, the script does not compile).
 */
import type { CliIo, ExitCode } from '../../cli/io.ts';
import { formatStylish } from '../../report/stylish.ts';
import type { ConnectorPaths } from '../connector-files.ts';
import { requireMono } from './mono.ts';
import { pollTrigger } from './poll.ts';

export interface PollCommand extends ConnectorPaths {
    operationId: string;
    connection: Record<string, unknown>;
    input: Record<string, unknown>;
    location?: string;
    allowCustomValues: boolean;
    /** The custom code: --script, else the project's. */
    scriptPath?: string;
    verbose: boolean;
}

export async function runPoll(cmd: PollCommand, io: CliIo, mask: (text: string) => string): Promise<ExitCode> {
    const toolchain = requireMono(io.env);
    const result = await pollTrigger(cmd.operationId, {
        rootDir: cmd.rootDir,
        ...(cmd.swaggerPath !== undefined ? { swaggerPath: cmd.swaggerPath } : {}),
        ...(cmd.apiPropertiesPath !== undefined ? { apiPropertiesPath: cmd.apiPropertiesPath } : {}),
        ...(cmd.scriptPath !== undefined ? { scriptPath: cmd.scriptPath } : {}),
        ...(cmd.location !== undefined ? { location: cmd.location } : {}),
        ...(Object.keys(cmd.input).length > 0 ? { input: cmd.input } : {}),
        connection: cmd.connection,
        allowCustomValues: cmd.allowCustomValues,
        toolchain,
    });
    if (cmd.verbose) {
        for (const s of result.sends) io.stderr(mask(`→ ${s.method} ${s.url} ${s.requestBody ?? ''} ← ${s.status ?? 'no answer'} (${s.elapsedMs} ms)\n`));
    }
    if (result.diagnostics.length > 0) io.stderr(mask(formatStylish(result.diagnostics)));
    if (result.status !== undefined) {
        io.stdout(mask(JSON.stringify({ status: result.status, location: result.location, retryAfter: result.retryAfter, items: result.items }, null, 2) + '\n'));
        io.stderr(`${cmd.operationId}: HTTP ${result.status}, ${result.items.length} item(s), custom code ${result.executionMs} ms\n`);
    }
    return result.ok ? 0 : 1;
}

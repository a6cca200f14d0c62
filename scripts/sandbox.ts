/** npm run sandbox -- --port <p> [--seed <n>] [--sessions <count>] [--api-key <key>]…; see src/sandbox/cli.ts. */
import { parseSandboxArgs, SANDBOX_USAGE, SandboxArgsError } from '../src/sandbox/cli.ts';
import { startSandbox } from '../src/sandbox/server.ts';

let args;
try {
    args = parseSandboxArgs(process.argv.slice(2));
} catch (e) {
    if (!(e instanceof SandboxArgsError)) throw e;
    process.stderr.write(`sandbox: ${e.message}\n${SANDBOX_USAGE}`);
    process.exit(2);
}
if (args.help) {
    process.stdout.write(SANDBOX_USAGE);
    process.exit(0);
}

let sandbox;
try {
    sandbox = await startSandbox({ ...args.options, log: args.log ? (line) => process.stderr.write(line + '\n') : undefined });
} catch (e) {
    process.stderr.write(`sandbox: cannot start: ${(e as Error).message}\n`);
    process.exit(2);
}
process.stdout.write(`listening ${sandbox.url}\n`);

let stopping = false;
const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`sandbox: ${signal}, stopping\n`);
    sandbox.close().then(
        () => process.exit(0),
        () => process.exit(1),
    );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

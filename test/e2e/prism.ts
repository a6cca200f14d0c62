/** Starts Stoplight Prism in validation-proxy mode (`prism proxy … --errors`) and stops its whole process group. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT_DIR } from '../helpers/shared.ts';

export interface RunningPrism {
    /** http://127.0.0.1:<port> — Prism ignores basePath, so operations sit right under it. */
    url: string;
    log(): string;
    stop(): Promise<void>;
}

const PRISM_CLI = join(ROOT_DIR, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');

export async function freePort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    await new Promise((r) => server.close(r));
    return port;
}

export async function startPrismProxy(swaggerPath: string, upstream: string, timeoutMs = 30_000): Promise<RunningPrism> {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, [PRISM_CLI, 'proxy', swaggerPath, upstream, '--errors', '-h', '127.0.0.1', '-p', String(port)], {
        cwd: ROOT_DIR,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let log = '';
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const stop = async () => {
        if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
            try {
                process.kill(-child.pid, 'SIGTERM');
            } catch {
                /* already gone */
            }
            await Promise.race([exited, new Promise((r) => setTimeout(r, 3_000))]);
            if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
        }
    };
    await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${log}`)), timeoutMs);
        const onData = (d: Buffer) => {
            log += d.toString();
            if (log.includes('Prism is listening on')) {
                clearTimeout(timer);
                resolve();
            }
        };
        child.stdout!.on('data', onData);
        child.stderr!.on('data', onData);
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`Prism exited with ${code} before listening:\n${log}`));
        });
    }).catch(async (e: unknown) => {
        await stop();
        throw e;
    });
    return { url: `http://127.0.0.1:${port}`, log: () => log, stop };
}

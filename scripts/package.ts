/** npm run package [-- --root DIR] [--out DIR] [--official-schemas DIR]; see src/package/cli.ts. */
import { resolve } from 'node:path';
import { runPackage } from '../src/package/cli.ts';

process.exitCode = await runPackage(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    projectDir: resolve(import.meta.dirname, '..'),
});

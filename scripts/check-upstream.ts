/** npm run check:upstream -- <openapi.json> [--connector DIR|FILE] [--coverage] [--format stylish|json]; see src/drift/cli.ts. */
import { runCheckUpstream } from '../src/drift/cli.ts';

const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t), cwd: process.cwd() };
process.exitCode = runCheckUpstream(process.argv.slice(2), io);

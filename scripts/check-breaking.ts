/** npm run check:breaking -- <old connector folder | swagger file | git ref> [--connector DIR|FILE] [--format stylish|json]; see src/breaking/cli.ts. */
import { runCheckBreaking } from '../src/breaking/cli.ts';

const io = { stdout: (t: string) => process.stdout.write(t), stderr: (t: string) => process.stderr.write(t), cwd: process.cwd() };
process.exitCode = runCheckBreaking(process.argv.slice(2), io);

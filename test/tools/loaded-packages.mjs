// Preload for test/tools/compiled-commands.test.ts: at exit, prints the packages under node_modules that
// the process loaded through require (every third-party package this project uses is CommonJS).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
process.on('exit', () => {
    const names = Object.keys(require.cache).map((k) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(k)?.[1]).filter((n) => n !== undefined);
    process.stderr.write(`[loaded packages: ${[...new Set(names)].sort().join(', ') || 'none'}]\n`);
});

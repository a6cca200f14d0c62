/** Defaults of `npm run package` that depend on the machine (kept out of the script so tests can reach them). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** ../shared/schemas/microsoft beside the project (or under $EMABLER_SHARED_DIR) when it exists; else undefined. */
export function defaultOfficialSchemasDir(rootDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
    const shared = env.EMABLER_SHARED_DIR ?? resolve(rootDir, '..', 'shared');
    const dir = resolve(shared, 'schemas', 'microsoft');
    return existsSync(dir) ? dir : undefined;
}

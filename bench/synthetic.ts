/** A synthetic large connector for the benchmarks: our connector's first operation copied under new paths and operationIds. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project.ts';

/** Writes apiDefinition.swagger.json (with `n` operations) and apiProperties.json into `dir`. */
export function writeSynthetic(dir: string, n: number): void {
    const swagger = JSON.parse(readFileSync(join(ROOT, 'apiDefinition.swagger.json'), 'utf8')) as { paths: Record<string, Record<string, { operationId: string }>> };
    const [pathKey, item] = Object.entries(swagger.paths)[0]!;
    const paths: typeof swagger.paths = {};
    for (let i = 0; i < n; i++) {
        const copy = structuredClone(item);
        for (const op of Object.values(copy)) op.operationId = `${op.operationId}${i}`;
        paths[`${pathKey}/copy${i}`] = copy;
    }
    swagger.paths = paths;
    writeFileSync(join(dir, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 4) + '\n');
    writeFileSync(join(dir, 'apiProperties.json'), readFileSync(join(ROOT, 'apiProperties.json')));
}

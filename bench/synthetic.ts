/**
 * A synthetic large connector for the benchmarks: our connector's operations, then copies of them (round
 * robin) under new paths and operationIds until there are `n`. The copies' pickers keep naming the
 * original operations, which exist, so the document is as valid as ours apart from its size (the `limits`
 * rule reports more than 256 operations).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

type Operation = { operationId: string };

/** Writes apiDefinition.swagger.json (with `n` operations) and apiProperties.json into `dir`. */
export function writeSynthetic(dir: string, n: number): void {
    const swagger = JSON.parse(readFileSync(join(ROOT, 'apiDefinition.swagger.json'), 'utf8')) as { paths: Record<string, Record<string, Operation>> };
    const ops = Object.entries(swagger.paths).flatMap(([path, item]) => METHODS.filter((m) => item[m] !== undefined).map((m) => [path, m, item[m]!] as const));
    const paths = structuredClone(swagger.paths);
    for (let i = ops.length; i < n; i++) {
        const [path, method, op] = ops[i % ops.length]!;
        const copy = { ...structuredClone(op), operationId: `${op.operationId}${Math.floor(i / ops.length)}` };
        const shared = swagger.paths[path]!['parameters']; // path-level parameters go with each copy
        paths[`${path}/copy${i}`] = { ...(shared !== undefined ? { parameters: structuredClone(shared) } : {}), [method]: copy };
    }
    swagger.paths = paths;
    writeFileSync(join(dir, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 4) + '\n');
    writeFileSync(join(dir, 'apiProperties.json'), readFileSync(join(ROOT, 'apiProperties.json')));
}

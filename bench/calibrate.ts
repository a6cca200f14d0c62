/**
 * Validator cost per connector (G4): npm run calibrate's library over ../shared/corpus/connectors with
 * Microsoft's schemas, after one warm-up call: the median wall and CPU time of validateConnectorDir per
 * connector. Skipped with a note when ../shared is absent.
 */
import { existsSync } from 'node:fs';
import { loadOfficialSchemas } from '../src/validate/ajv.ts';
import { calibrateOne, findConnectorDirs, summarise, type ConnectorResult } from '../src/validate/calibrate.ts';
import { CORPUS_DIR, PROJECT, SHARED } from './project.ts';
import type { BenchSuite } from './types.ts';

export const calibrateBench: BenchSuite = async () => {
    const schemasDir = PROJECT.officialSchemasDir;
    if (!existsSync(CORPUS_DIR) || schemasDir === undefined) {
        return [{ name: 'calibrate: validator cost per corpus connector', value: 0, unit: 'count', note: `skipped: no corpus or schemas under ${SHARED}` }];
    }
    const schemas = loadOfficialSchemas(schemasDir);
    const dirs = findConnectorDirs(CORPUS_DIR);
    await calibrateOne(dirs[0]!, 'warm-up', schemas);
    const results: ConnectorResult[] = [];
    for (const dir of dirs) results.push(await calibrateOne(dir, dir, schemas));
    const s = summarise(results);
    const note = `${s.connectors} connectors of ../shared/corpus/connectors, all layers`;
    return [
        { name: 'calibrate: validator wall time per corpus connector (median)', value: s.medianMs, unit: 'ms', note },
        { name: 'calibrate: validator CPU time per corpus connector (median)', value: s.medianCpuMs, unit: 'ms', note },
    ];
};

/** Our own generated connector (repo root) must validate with 0 errors and 0 warnings. */
import { expect, test } from 'vitest';
import { validateConnectorDir } from '../../src/validate/index.ts';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';

test('without official schemas: only the note that layer 3 was skipped', async () => {
    expect(await validateConnectorDir(ROOT_DIR)).toEqual([
        {
            ruleId: 'official-schemas-skipped',
            severity: 'info',
            message: "Microsoft's official schemas were not checked; pass --official-schemas DIR (for example ../shared/schemas/microsoft).",
            path: [],
            file: 'apiDefinition.swagger.json',
        },
    ]);
});

describeShared('our connector against all layers', () => {
    test("with Microsoft's schemas (as .ci/run runs it): no error or warning; one info, the scriptOperations gap of Microsoft's apiProperties schema", async () => {
        expect((await validateConnectorDir(ROOT_DIR, { officialSchemasDir: sharedPath('schemas', 'microsoft') })).map((d) => `${d.severity} ${d.ruleId} ${d.file}#/${d.path.join('/')}`)).toEqual([
            'info ms-schema-outdated apiProperties.json#/properties/scriptOperations',
        ]);
    });
});

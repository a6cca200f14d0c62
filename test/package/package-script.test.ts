/**
 * End to end: `npm run package` (scripts/package.ts) in child processes against throw-away project
 * roots, with the real build, validator and example checks. Full runs cost seconds, so one pair of
 * runs (two time zones, two clocks) is shared by the determinism, layout and secrets assertions.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runNode, type ChildRun } from '../helpers/child.ts';
import { hasShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';
import { PACKAGE_MARKER } from '../../src/package/output-dir.ts';
import { EXAMPLES_DIR, PROJECT } from '../helpers/project.ts';
import { DIST_FILES, isAscii, readZip } from './helpers.ts';

const FAKE_KEY = 'fake-test-key-0000';
const tmpDirs: string[] = [];
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempProject(): string {
    const dir = mkdtempSync(join(tmpdir(), 'emabler-package-'));
    tmpDirs.push(dir);
    cpSync(join(ROOT_DIR, EXAMPLES_DIR), join(dir, EXAMPLES_DIR), { recursive: true });
    cpSync(join(ROOT_DIR, PROJECT.scriptFile!), join(dir, PROJECT.scriptFile!));
    return dir;
}

/** Preload that moves the child's wall clock 3 days, 7 h and 13 s ahead (only `new Date()`/`Date.now()`). */
function clockShiftModule(): string {
    const dir = mkdtempSync(join(tmpdir(), 'emabler-clock-'));
    tmpDirs.push(dir);
    const file = join(dir, 'shift-clock.mjs');
    writeFileSync(
        file,
        [
            'const RealDate = Date;',
            'const OFFSET = ((3 * 24 + 7) * 3600 + 13) * 1000;',
            'class ShiftedDate extends RealDate {',
            '    constructor(...args) { if (args.length === 0) super(RealDate.now() + OFFSET); else super(...args); }',
            '    static now() { return RealDate.now() + OFFSET; }',
            '}',
            'globalThis.Date = ShiftedDate;',
            '',
        ].join('\n'),
    );
    return pathToFileURL(file).href;
}

const officialArgs = (): string[] => (hasShared() ? ['--official-schemas', sharedPath('schemas', 'microsoft')] : []);

/** Runs from the project folder (where tsx resolves); the temp project is passed with --root. */
function runPackage(args: string[], env: Record<string, string> = {}, preload: string[] = []): Promise<ChildRun> {
    return runNode([...preload.flatMap((p) => ['--import', p]), '--import', 'tsx', join(ROOT_DIR, 'scripts', 'package.ts'), ...args], ROOT_DIR, env);
}

/** Every file under dir: relative POSIX path → bytes. */
function readTree(dir: string): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const p = join(d, e.name);
            if (e.isDirectory()) walk(p);
            else out.set(relative(dir, p).split('\\').join('/'), readFileSync(p));
        }
    };
    walk(dir);
    return out;
}

describe('npm run package: two runs in different time zones and clocks', () => {
    let rootA: string;
    let rootB: string;
    let a: ChildRun;
    let b: ChildRun;

    beforeAll(async () => {
        rootA = tempProject();
        rootB = tempProject();
        // The key is where a maker would keep it next to the project: in the environment, a .env file and a
        // paconn-style settings file. None of it may reach dist/.
        for (const root of [rootA, rootB]) {
            writeFileSync(join(root, '.env'), `EMABLER_API_KEY=${FAKE_KEY}\n`);
            writeFileSync(join(root, 'connection.local.json'), JSON.stringify({ api_key: FAKE_KEY, environment: 'https://api.emabler.net/api/v2/cpo' }));
        }
        const env = { EMABLER_API_KEY: FAKE_KEY };
        [a, b] = await Promise.all([
            runPackage(['--root', rootA, ...officialArgs()], { ...env, TZ: 'UTC' }),
            runPackage(['--root', rootB, ...officialArgs()], { ...env, TZ: 'Asia/Kolkata' }, [clockShiftModule()]),
        ]);
    });

    test('both exit 0 and list the seventeen artifacts', () => {
        expect([a.status, a.stderr.replace(/^npm warn.*\n/gm, '')]).toEqual([0, '']);
        expect(b.status).toBe(0);
        const listing = a.stdout.slice(a.stdout.indexOf('package: wrote')).trimEnd().split('\n');
        expect(listing[0]).toBe(`package: wrote ${relative(ROOT_DIR, join(rootA, 'dist'))}/ (17 files)`);
        expect(listing.slice(1).map((l) => l.trim().split('  ')[0])).toEqual(DIST_FILES);
    });

    test('dist/ is byte-identical across TZ=UTC and TZ=Asia/Kolkata with a shifted clock', () => {
        const treeA = readTree(join(rootA, 'dist'));
        const treeB = readTree(join(rootB, 'dist'));
        expect([...treeA.keys()]).toEqual([PACKAGE_MARKER, ...DIST_FILES]);
        expect([...treeB.keys()]).toEqual([PACKAGE_MARKER, ...DIST_FILES]);
        expect(JSON.parse(treeA.get(PACKAGE_MARKER)!.toString('utf8'))).toEqual({ packagedBy: 'npm run package', files: DIST_FILES });
        for (const [path, bytes] of treeA) expect(treeB.get(path)!.equals(bytes), path).toBe(true);
    });

    test('the connector files are written to the root like npm run build, and the zip holds the connector folder', async () => {
        for (const f of ['apiDefinition.swagger.json', 'apiProperties.json']) {
            expect(readFileSync(join(rootA, f), 'utf8')).toBe(readFileSync(join(ROOT_DIR, f), 'utf8'));
            expect(readFileSync(join(rootA, 'dist', 'connector', f), 'utf8')).toBe(readFileSync(join(ROOT_DIR, f), 'utf8'));
        }
        const zip = await readZip(readFileSync(join(rootA, 'dist', 'emabler-connector-1.0.0.zip')));
        expect([...zip.keys()]).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png', 'readme.md', 'script.csx', 'settings.json']);
        expect(readFileSync(join(rootA, 'dist', 'connector', 'script.csx'), 'utf8')).toBe(readFileSync(join(ROOT_DIR, PROJECT.scriptFile!), 'utf8'));
        expect(JSON.parse(readFileSync(join(rootA, 'dist', 'connector', 'settings.json'), 'utf8'))).toEqual({
            apiDefinition: 'apiDefinition.swagger.json',
            apiProperties: 'apiProperties.json',
            icon: 'icon.png',
            script: 'script.csx',
        });
        for (const [name, entry] of zip) expect(entry.data.equals(readFileSync(join(rootA, 'dist', 'connector', name))), name).toBe(true);
    });

    test('every generated JSON file at the root, in dist/ and inside its zips is ASCII and parses to the root files\' values', async () => {
        const rootSwagger = JSON.parse(readFileSync(join(rootA, 'apiDefinition.swagger.json'), 'utf8')) as unknown;
        const checked: string[] = [];
        const nonAscii: string[] = [];
        const check = (name: string, data: Buffer) => {
            checked.push(name);
            if (!isAscii(data)) nonAscii.push(name);
            expect(() => JSON.parse(data.toString('utf8')) as unknown, name).not.toThrow();
        };
        for (const f of ['apiDefinition.swagger.json', 'apiProperties.json']) check(f, readFileSync(join(rootA, f)));
        for (const [path, bytes] of readTree(join(rootA, 'dist'))) {
            if (path.endsWith('.json')) check(path, bytes);
            if (!path.endsWith('.zip')) continue;
            for (const [name, entry] of await readZip(bytes)) {
                if (name.endsWith('.json')) check(`${path}!${name}`, entry.data);
                if (name.endsWith('openapidefinition.json') || name === 'apiDefinition.swagger.json') expect(JSON.parse(entry.data.toString('utf8'))).toEqual(rootSwagger);
            }
        }
        expect(nonAscii).toEqual([]);
        // root 2; dist: marker, certification 2, connector 3, logic-apps 1, samples 1; in the zips: connector
        // folder 3, connector solution 3, PkgAssets connector solution 3, flow solution 4.
        expect(checked.length).toBe(2 + (1 + 2 + 3 + 1 + 1) + (3 + 3 + 3 + 4));
        for (const f of ['connector', 'certification']) {
            expect(JSON.parse(readFileSync(join(rootA, 'dist', f, 'apiDefinition.swagger.json'), 'utf8'))).toEqual(rootSwagger);
        }
        const certified = JSON.parse(readFileSync(join(rootA, 'dist', 'certification', 'apiProperties.json'), 'utf8')) as { properties: Record<string, unknown> };
        const deployable = JSON.parse(readFileSync(join(rootA, 'dist', 'connector', 'apiProperties.json'), 'utf8')) as { properties: Record<string, unknown> };
        expect([certified.properties['stackOwner'], 'stackOwner' in deployable.properties]).toEqual(['eMabler', false]);
    });

    test(`no byte of dist/, nor of any file inside its zips, contains the API key from the environment`, async () => {
        const needles = [Buffer.from(FAKE_KEY), Buffer.from(Buffer.from(FAKE_KEY).toString('base64'))];
        let files = 0;
        let zipEntries = 0;
        const hits: string[] = [];
        for (const [path, bytes] of readTree(join(rootA, 'dist'))) {
            files++;
            if (needles.some((n) => bytes.includes(n))) hits.push(path);
            if (path.endsWith('.zip')) {
                for (const [name, entry] of await readZip(bytes)) {
                    zipEntries++;
                    if (needles.some((n) => entry.data.includes(n))) hits.push(`${path}!${name}`);
                }
            }
        }
        expect(hits).toEqual([]);
        // The marker and 17 files; the zips: connector folder (6, with script.csx), connector solution (8, with
        // the custom code blob), and in PkgAssets the connector solution again (8) and the flow solution (9).
        expect([files, zipEntries]).toEqual([1 + 17, 6 + 8 + 8 + 9]);
        expect(a.stdout + a.stderr).not.toContain(FAKE_KEY);
    });
});

describe('npm run package: refusals', () => {
    /** A dist/ from an earlier run (marked as packaged); the returned check proves it was not touched. */
    function withOldDist(root: string) {
        const dist = join(root, 'dist');
        mkdirSync(dist);
        writeFileSync(join(dist, PACKAGE_MARKER), JSON.stringify({ packagedBy: 'npm run package', files: ['previous.txt'] }));
        writeFileSync(join(dist, 'previous.txt'), 'previous package\n');
        utimesSync(join(dist, 'previous.txt'), new Date('2021-05-05T05:05:05Z'), new Date('2021-05-05T05:05:05Z'));
        const mtimeMs = statSync(join(dist, 'previous.txt')).mtimeMs;
        return () => {
            expect(readdirSync(dist).sort()).toEqual([PACKAGE_MARKER, 'previous.txt']);
            expect(readFileSync(join(dist, 'previous.txt'), 'utf8')).toBe('previous package\n');
            expect(statSync(join(dist, 'previous.txt')).mtimeMs).toBe(mtimeMs);
            expect(readdirSync(root).filter((f) => f.includes('.tmp-') || f.startsWith('.dist.'))).toEqual([]);
        };
    }

    /** Every path under dir (files and folders), to prove a refused run deleted nothing. */
    const listing = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

    test('--out with the project folder itself: exit 2, nothing deleted', async () => {
        const root = tempProject();
        const before = listing(root);
        const r = await runPackage(['--root', root, '--out', root]);
        expect([r.status, r.stdout, r.stderr.replace(/^npm warn.*\n/gm, '')]).toEqual([
            2,
            '',
            `package: cannot run: output: ${root}: is the project folder itself; choose an empty or new folder for the package (default: dist/).\n`,
        ]);
        expect(listing(root)).toEqual(before);
    });

    test('--out with a folder of somebody else\'s files, or one that contains the project: exit 2, nothing deleted', async () => {
        const root = tempProject();
        const notes = join(root, '..', `${root.split('/').at(-1)}-notes`);
        tmpDirs.push(notes);
        mkdirSync(notes);
        writeFileSync(join(notes, 'ideas.md'), 'mine\n');
        const r = await runPackage(['--root', root, '--out', notes]);
        expect([r.status, r.stderr]).toEqual([
            2,
            `package: cannot run: output: ${notes}: is not empty and was not written by "npm run package" (no ${PACKAGE_MARKER}); packaging replaces the whole folder, so it refuses to touch it. Choose an empty or new folder.\n`,
        ]);
        expect(listing(notes)).toEqual(['ideas.md']);
        const up = await runPackage(['--root', root, '--out', join(root, '..')]);
        expect(up.status).toBe(2);
        expect(up.stderr).toContain(`: contains the project folder ${root}; `);
        expect(listing(notes)).toEqual(['ideas.md']);
    });

    test('an example payload that breaks its schema: exit 1, the finding names file and pointer, dist/ untouched', async () => {
        const root = tempProject();
        const fixture = join(root, EXAMPLES_DIR, 'QueryChargingSessions', 'response-200.realistic.json');
        const original = readFileSync(fixture, 'utf8');
        expect(original).toContain('"page": 1,');
        writeFileSync(fixture, original.replace('"page": 1,', '"page": "one",'));
        const untouched = withOldDist(root);
        const r = await runPackage(['--root', root, ...officialArgs()]);
        expect(r.status).toBe(1);
        expect(r.stdout).toContain(
            `${EXAMPLES_DIR}/QueryChargingSessions/response-200.realistic.json#/page  error  contract  `,
        );
        expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 error, 0 warnings, \d+ infos?$/);
        expect(r.stderr).toContain(
            `package: not packaged because of the errors above; ${relative(ROOT_DIR, join(root, 'dist'))}/ was left unchanged.\n`,
        );
        untouched();
    });

    test('a missing official-schemas folder cannot run: exit 2, dist/ untouched', async () => {
        const root = tempProject();
        const untouched = withOldDist(root);
        const r = await runPackage(['--root', root, '--official-schemas', join(root, 'no-such-folder')]);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain(
            `package: cannot run: validate: ${join(root, 'no-such-folder', 'apiDefinition.swagger.schema.json')}: cannot read Microsoft's schema (ENOENT); check --official-schemas.\n`,
        );
        untouched();
    });

    test('unknown arguments exit 2 with usage', async () => {
        const r = await runPackage(['--out']);
        expect(r.status).toBe(2);
        expect(r.stderr.replace(/^npm warn.*\n/gm, '')).toBe(
            'package: --out needs a value\nusage: npm run package [-- --root DIR] [--out DIR] [--official-schemas DIR]\n',
        );
    });
});

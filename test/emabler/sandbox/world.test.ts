/**
 * The derived world (G2 spec §4.1): its numbers on the default dataset, invariants I1–I6 on generated
 * and hand-made sessions (with a control that the checks do catch a broken world), and the rules for
 * entities only hand-made sessions name.
 */
import { describe, expect, test } from 'vitest';
import { SITES } from '../../../src/emabler/sandbox/catalog.ts';
import { DEFAULT_DATASET, generateDataset, type DatasetOptions } from '../../../src/emabler/sandbox/dataset.ts';
import type { World } from '../../../src/emabler/sandbox/entities.ts';
import type { SandboxSession } from '../../../src/emabler/sandbox/types.ts';
import { ROOT_SITES, SITE_FACTS } from '../../../src/emabler/sandbox/world-catalog.ts';
import { deriveWorld } from '../../../src/emabler/sandbox/world.ts';

const NOW = Date.parse(DEFAULT_DATASET.to);
const SESSIONS = generateDataset();
const WORLD = deriveWorld(SESSIONS, NOW);

/** Every violation of I1–I6, as text; [] when the world is consistent with the sessions. */
function violations(sessions: readonly SandboxSession[], w: World): string[] {
    const out: string[] = [];
    for (const s of sessions) {
        const site = w.sites.find((x) => x.id === s.siteId);
        if (site?.name !== s.siteName) out.push(`I1 session ${s.id}: site ${s.siteId} "${s.siteName}"`);
        const ch = w.chargers.find((x) => x.chargerId === s.chargerId);
        if (!ch || ch.name !== s.chargerName || ch.siteId !== s.siteId) out.push(`I2 session ${s.id}: charger ${s.chargerId}`);
        else if (!ch.sockets.some((k) => k.id === s.socketId && k.name === s.socketName)) out.push(`I2 session ${s.id}: socket ${s.chargerId}/${s.socketId}`);
        const d = w.drivers.find((x) => x.id === s.authorizedUserId);
        if (!d || d.name !== s.userName || d.homeSiteId !== s.driverSiteId || d.homeSiteName !== s.driverSiteName) out.push(`I3 session ${s.id}: driver ${s.authorizedUserId}`);
        const t = w.tags.find((x) => x.idTag === s.authorizedTagId);
        if (!t || t.driverId !== s.authorizedUserId || !d?.tags.some((x) => x.idTag === s.authorizedTagId)) out.push(`I4 session ${s.id}: tag ${s.authorizedTagId}`);
        if (s.tariffId !== '' && site && site.costId !== s.tariffId) out.push(`I6 session ${s.id}: tariff ${s.tariffId} vs site costId ${site.costId}`);
    }
    const open = sessions.filter((s) => s.timestampEnd === undefined).map((s) => String(s.id)).sort();
    const listed = w.ongoing.map((o) => o.transactionId).sort();
    if (JSON.stringify(open) !== JSON.stringify(listed)) out.push(`I5 ongoing ${listed.join(',')} vs sessions without an end ${open.join(',')}`);
    for (const s of sessions.filter((x) => x.timestampEnd === undefined)) {
        const ch = w.chargers.find((x) => x.chargerId === s.chargerId);
        if (ch?.state !== 'Charging' || !ch.ongoingTransactions.some((o) => o.transactionId === s.id)) out.push(`I5 session ${s.id}: charger ${s.chargerId} not charging it`);
    }
    return out;
}

describe('deriveWorld on the default dataset (seed 1, 20,000 sessions)', () => {
    test('9 sites (3 roots), 14 chargers, 24 sockets, 48 drivers, 64 tags, 8 ongoing sessions', () => {
        expect([
            WORLD.sites.length,
            WORLD.sites.filter((s) => s.parentSiteId === null).map((s) => s.id),
            WORLD.chargers.length,
            WORLD.chargers.reduce((n, c) => n + c.sockets.length, 0),
            WORLD.drivers.length,
            WORLD.tags.length,
            WORLD.ongoing.map((o) => o.transactionId),
        ]).toEqual([9, [5100, 6000, 7000], 14, 24, 48, 64, ['88419988', '88419993', '88419994', '88419996', '88419997', '88419998', '88419999', '88420000']]);
    });

    test('invariants I1-I6 hold', () => {
        expect(violations(SESSIONS, WORLD)).toEqual([]);
    });

    test('every tag is used by a session, every socket has one', () => {
        const usedTags = new Set(SESSIONS.map((s) => s.authorizedTagId));
        const usedSockets = new Set(SESSIONS.map((s) => `${s.chargerId}/${s.socketId}`));
        expect(WORLD.tags.filter((t) => !usedTags.has(t.idTag)).map((t) => t.idTag)).toEqual([]);
        expect(WORLD.chargers.flatMap((c) => c.sockets.map((k) => `${c.chargerId}/${k.id}`)).filter((k) => !usedSockets.has(k))).toEqual([]);
    });

    test('charger state follows the ongoing sessions and the offline list', () => {
        expect(WORLD.chargers.filter((c) => c.state !== 'Online').map((c) => [c.chargerId, c.state, c.activeConnection, c.ongoingTransactions.map((o) => o.transactionId)])).toEqual([
            ['EMB-ESP-0002', 'Offline', false, []],
            ['EMB-GOT-0100', 'Charging', true, [88419999]],
            ['EMB-GOT-0101', 'Charging', true, [88419993, 88419996]],
            ['EMB-OSL-0114', 'Charging', true, [88419988, 88420000]],
            ['EMB-OSL-0115', 'Charging', true, [88419997]],
            ['EMB-BGO-0022', 'Charging', true, [88419994, 88419998]],
        ]);
        expect(WORLD.chargers.find((c) => c.chargerId === 'EMB-ESP-0002')!.sockets.map((k) => k.status)).toEqual(['Offline']);
        expect(WORLD.chargers.find((c) => c.chargerId === 'EMB-GOT-0101')!.sockets.map((k) => k.status)).toEqual(['Charging', 'Charging']);
    });

    test('root sites: no parent, no chargers of their own, totals over their children', () => {
        expect(WORLD.sites.filter((s) => s.parentSiteId === null).map((s) => [s.id, s.name, s.numberOfChargers, s.totalNumberOfChargers, s.numberOfSubsites])).toEqual([
            [5100, 'eMabler Sandbox Finland', 0, 5, 2],
            [6000, 'eMabler Sandbox Sweden', 0, 4, 2],
            [7000, 'eMabler Sandbox Norway', 0, 5, 2],
        ]);
        expect(WORLD.sites.filter((s) => s.parentSiteId !== null).map((s) => [s.id, s.parentSiteId, s.sitePath.map((p) => p.siteId)])).toEqual([
            [5120, 5100, [5100, 5120]], [5133, 5100, [5100, 5133]], [6031, 6000, [6000, 6031]],
            [6044, 6000, [6000, 6044]], [7002, 7000, [7000, 7002]], [7015, 7000, [7000, 7015]],
        ]);
    });

    test('the first ongoing session, field by field', () => {
        expect(WORLD.ongoing[0]).toEqual({
            chargerId: 'EMB-OSL-0114', chargerName: 'Grünerløkka 114', socketId: 1, socketName: 'Type 2', transactionId: '88419988',
            startTime: '2026-12-31T16:48:03.664Z', startMeterWh: 29940820, tariffMaxPriceInclVat: 2.63, tariffMaxPriceExclVat: 2.1, timezone: 'Europe/Oslo',
            createdAt: '2026-12-31T16:48:03.664Z', updatedAt: '2026-12-31T23:48:03.664Z', authorizedIdTag: '04AC7C45', authorizedUserId: 200185,
            externalId: 'HR-1005', externalUserIds: [], siteId: 7002, siteName: 'Oslo Grünerløkka Borettslag',
        });
    });

    test('is a pure function: the same sessions give an equal world, and the sessions are not changed', () => {
        const before = JSON.stringify(SESSIONS);
        expect(deriveWorld(SESSIONS, NOW)).toEqual(WORLD);
        expect(JSON.stringify(SESSIONS)).toBe(before);
    });

    test('every catalog site has its facts and a known root', () => {
        expect(SITES.filter((s) => !SITE_FACTS[s.siteId] || !ROOT_SITES.some((r) => r.id === SITE_FACTS[s.siteId]!.parentSiteId)).map((s) => s.siteId)).toEqual([]);
    });
});

describe('invariants on other datasets', () => {
    test.each<[string, Partial<DatasetOptions>]>([
        ['seed 7, 2,000 sessions over a week', { seed: 7, sessions: 2_000, from: '2026-10-01T00:00:00Z', to: '2026-10-08T00:00:00Z' }],
        ['seed 42, 60 sessions over three days', { seed: 42, sessions: 60, from: '2026-10-01T00:00:00Z', to: '2026-10-04T00:00:00Z' }],
        ['no sessions', { sessions: 0 }],
    ])('%s', (_name, options) => {
        const sessions = generateDataset(options);
        const w = deriveWorld(sessions, Date.parse(options.to ?? DEFAULT_DATASET.to));
        expect(violations(sessions, w)).toEqual([]);
        expect(w.ongoing.length).toBe(sessions.filter((s) => s.timestampEnd === undefined).length);
    });

    test('control: the checks catch a world that misses a charger and lists a finished session as ongoing', () => {
        const sessions = generateDataset({ seed: 42, sessions: 60, from: '2026-10-01T00:00:00Z', to: '2026-10-04T00:00:00Z' });
        const w = deriveWorld(sessions, Date.parse('2026-10-04T00:00:00Z'));
        const broken: World = { ...w, chargers: w.chargers.filter((c) => c.chargerId !== 'EMB-HEL-0090'), ongoing: [...w.ongoing, { ...w.ongoing[0]!, transactionId: '88400001' }] };
        const found = violations(sessions, broken);
        expect([found.filter((v) => v.startsWith('I2')).length, found.filter((v) => v.startsWith('I5 ongoing')).length]).toEqual([
            sessions.filter((s) => s.chargerId === 'EMB-HEL-0090').length, 1,
        ]);
    });
});

describe('entities only hand-made sessions name are synthesised', () => {
    const base = generateDataset({ seed: 1, sessions: 1 })[0]!;
    const handMade: SandboxSession[] = [
        { ...base, id: 11, chargerId: 'LAB-0002', chargerName: 'Lab B', socketId: 3, socketName: 'Left', siteId: 99, siteName: 'Test Lab', authorizedUserId: 77, userName: 'Test Driver', driverSiteId: 99, driverSiteName: 'Test Lab', authorizedTagId: 'ZZ01', tariffId: '' },
        { ...base, id: 12, chargerId: 'LAB-0001', chargerName: 'Lab A', socketId: 1, socketName: 'Only', siteId: 99, siteName: 'Test Lab', authorizedUserId: 77, userName: 'Test Driver', driverSiteId: 99, driverSiteName: 'Test Lab', authorizedTagId: 'ZZ00', tariffId: '' },
        { ...base, id: 13, chargerId: 'LAB-0002', chargerName: 'Lab B', socketId: 1, socketName: 'Right', siteId: 99, siteName: 'Test Lab', authorizedUserId: 200000, userName: 'Aino Mäkelä', driverSiteId: 5120, driverSiteName: 'Helsinki Kamppi P2', authorizedTagId: 'NEW-TAG', tariffId: '' },
    ];
    delete handMade[0]!.timestampEnd;
    const w = deriveWorld(handMade, NOW);

    test('invariants I1-I5 hold', () => {
        expect(violations(handMade, w)).toEqual([]);
    });

    test('chargers get ids from 9,000,000 in chargerId order, with the sockets seen', () => {
        expect(w.chargers.slice(14).map((c) => [c.id, c.chargerId, c.name, c.siteId, c.state, c.sockets.map((k) => [k.id, k.name, k.status])])).toEqual([
            [9_000_000, 'LAB-0001', 'Lab A', 99, 'Online', [[1, 'Only', 'Available']]],
            [9_000_001, 'LAB-0002', 'Lab B', 99, 'Charging', [[1, 'Right', 'Available'], [3, 'Left', 'Charging']]],
        ]);
    });

    test('the site, the driver and the tags (a new tag of a catalog driver joins that driver)', () => {
        expect(w.sites.slice(9).map((s) => [s.id, s.name, s.numberOfChargers, s.parentSiteId, s.effectiveCostCenter])).toEqual([[99, 'Test Lab', 2, null, undefined]]);
        expect(w.drivers.slice(48).map((d) => [d.id, d.name, d.homeSiteId, d.tags.map((t) => [t.id, t.idTag])])).toEqual([[77, 'Test Driver', 99, [[9_000_001, 'ZZ00'], [9_000_002, 'ZZ01']]]]);
        expect(w.drivers[0]!.tags.map((t) => [t.id, t.idTag])).toEqual([[900_000, '04A2B91C7F6E80'], [900_001, 'E2801170'], [9_000_000, 'NEW-TAG']]);
        expect(w.ongoing.map((o) => [o.transactionId, o.siteId, o.timezone, o.tariffMaxPriceExclVat, o.externalId])).toEqual([['11', 99, '', null, '']]);
    });
});

/**
 * GET /v2/ongoing-transactions (ListOngoingChargingSessions): the sessions without an end. Filters
 * (G2 spec §4.3): chargerIds exact; socketIds, driverIds (authorizedUserId), externalDriverIds (the
 * driver's externalId) and externalUserIds (any of the driver's) by membership; from and to are
 * inclusive bounds on createdAt, unbounded when absent (inferred); from later than to is a 400.
 * Default order CreatedAt; ties by createdAt, then session id.
 */
import type { OngoingChargingSession } from '../entities.ts';
import { defineLookup } from './route.ts';

const byStart = (a: OngoingChargingSession, b: OngoingChargingSession): number =>
    Date.parse(a.createdAt) - Date.parse(b.createdAt) || Number(a.transactionId) - Number(b.transactionId);

export const listOngoingRoute = defineLookup({
    path: '/v2/ongoing-transactions',
    operationId: 'ListOngoingChargingSessions',
    params: { chargerIds: 'string[]', driverIds: 'int64[]', socketIds: 'int64[]', externalDriverIds: 'string[]', externalUserIds: 'string[]', from: 'date-time', to: 'date-time' },
    sort: {
        aliases: { CreatedAt: 'createdAt' },
        fields: [
            'chargerId', 'chargerName', 'socketId', 'socketName', 'transactionId', 'startTime', 'startMeterWh', 'tariffMaxPriceInclVat', 'tariffMaxPriceExclVat',
            'timezone', 'createdAt', 'updatedAt', 'authorizedIdTag', 'authorizedUserId', 'externalId', 'siteId', 'siteName',
        ],
        tieBreak: byStart,
    },
    items: (world) => world.ongoing,
    check: (v) => (v.from !== undefined && v.to !== undefined && v.from > v.to ? [{ field: 'from', message: 'The field from must not be later than to.' }] : []),
    filter: (v) => {
        const chargers = v.chargerIds && new Set(v.chargerIds);
        const sockets = v.socketIds && new Set(v.socketIds);
        const drivers = v.driverIds && new Set(v.driverIds);
        const external = v.externalDriverIds && new Set(v.externalDriverIds);
        const users = v.externalUserIds && new Set(v.externalUserIds);
        return (o: OngoingChargingSession) => {
            const created = Date.parse(o.createdAt);
            return (
                (chargers === undefined || chargers.has(o.chargerId)) &&
                (sockets === undefined || sockets.has(o.socketId)) &&
                (drivers === undefined || (o.authorizedUserId !== null && drivers.has(o.authorizedUserId))) &&
                (external === undefined || external.has(o.externalId)) &&
                (users === undefined || o.externalUserIds.some((u) => users.has(u))) &&
                (v.from === undefined || created >= v.from) &&
                (v.to === undefined || created <= v.to)
            );
        };
    },
});

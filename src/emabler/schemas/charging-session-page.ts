/** One page of charging sessions (eMabler `statisticsTransactionDtoPaginated`). */
import { ChargingSession } from './charging-session.ts';
import { pageOf } from './page.ts';

export const ChargingSessionPage = pageOf({
    name: 'ChargingSessionPage',
    title: 'Charging Session Page',
    listing: 'charging sessions',
    noun: 'sessions',
    item: ChargingSession,
    itemsSummary: 'Sessions',
    itemsDescription: 'Charging sessions on this page.',
    totalRecords: 'int64',
});

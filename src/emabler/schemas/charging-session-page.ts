/** One page of charging sessions (eMabler `statisticsTransactionDtoPaginated`). */
import { arrayOf, bool, int32, int64 } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';
import { ChargingSession } from './charging-session.ts';

export const ChargingSessionPage: NamedSchema = {
    name: 'ChargingSessionPage',
    title: 'Charging Session Page',
    description: 'One page of charging sessions with the paging state needed to fetch the next page.',
    properties: {
        page: int32('Page', 'Number of this page, starting at 1.'),
        limit: int32('Page Size', 'Maximum number of sessions on this page.'),
        totalRecords: int64('Total Records', 'Number of sessions that match the query across all pages.'),
        hasNextPage: bool('Has Next Page', 'True when another page follows; request page + 1 to get it.', { visibility: 'important' }),
        hasPreviousPage: bool('Has Previous Page', 'True when this is not the first page.', { visibility: 'advanced' }),
        items: arrayOf(ChargingSession, 'Sessions', 'Charging sessions on this page.', { visibility: 'important' }),
    },
};

/** The lookup routes the sandbox serves (GET), keyed by their path under the API's base path. */
import { listChargersRoute } from './chargers.ts';
import { listDriversRoute } from './drivers.ts';
import { listOngoingRoute } from './ongoing.ts';
import type { LookupRoute } from './route.ts';
import { listSitesRoute } from './sites.ts';
import { listTagsRoute } from './tags.ts';

export { answerLookup, type LookupAnswer, type LookupRoute } from './route.ts';

export const LOOKUP_ROUTES: readonly LookupRoute[] = [listSitesRoute, listChargersRoute, listDriversRoute, listTagsRoute, listOngoingRoute];

/** The route serving `path` (relative to the base path), if any. */
export const lookupRoute = (path: string): LookupRoute | undefined => LOOKUP_ROUTES.find((r) => r.path === path);

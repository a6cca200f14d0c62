/**
 * Sites (eMabler `groupDto` and its parts, GET /v2/sites), typed exactly as eMabler's OpenAPI document.
 * Designer strings: work/notes G2 spec §2.2; a site's numeric `id` is what the Site IDs filter of Query
 * charging sessions matches.
 */
import { arrayOf, bool, dateTime, double, int32, int64, objectOf, str, stringArray } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';
import { pageOf } from './page.ts';

const important = { visibility: 'important' } as const;
const advanced = { visibility: 'advanced' } as const;
const nullable = { nullable: true } as const;

export const SitePathEntry: NamedSchema = {
    name: 'SitePathEntry',
    title: 'Site Path Entry',
    description: 'One site on the path from the top of the site hierarchy.',
    properties: {
        siteId: int64('Site ID', 'Identifier of a site on the path.'),
        siteName: str('Site Name', 'Name of a site on the path.'),
    },
};

export const SiteTariffReference: NamedSchema = {
    name: 'SiteTariffReference',
    title: 'Site Tariff Reference',
    description: 'A tariff linked to a site and its use.',
    properties: {
        groupId: str('Site Reference', 'Identifier of the site the tariff is linked to, as text.'),
        tariffId: str('Tariff ID', 'Identifier of the linked tariff.'),
        usageType: str('Usage Type', 'What the tariff is used for: SITE_INVOICING or PAYMENT_TERMINAL, or null.', { ...nullable, enum: ['SITE_INVOICING','PAYMENT_TERMINAL'] }),
    },
};

export const RegularHours: NamedSchema = {
    name: 'RegularHours',
    title: 'Regular Hours',
    description: 'A weekly opening period.',
    properties: {
        weekday: int32('Weekday', 'Day of the week the period applies to, as a number.'),
        periodBegin: str('Opens At', 'Local time of day the period begins, as text.'),
        periodEnd: str('Closes At', 'Local time of day the period ends, as text.'),
    },
};

export const ExceptionalPeriod: NamedSchema = {
    name: 'ExceptionalPeriod',
    title: 'Exceptional Period',
    description: 'A one-off opening or closing period.',
    properties: {
        periodBegin: dateTime('Begins', 'When the exceptional period begins.'),
        periodEnd: dateTime('Ends', 'When the exceptional period ends.'),
    },
};

export const Site: NamedSchema = {
    name: 'Site',
    title: 'Site',
    description: 'A site (charging location) with its address, hierarchy and charger counts.',
    properties: {
        id: int64('Site ID', 'Numeric identifier of the site, or null; the Site IDs filter of Query charging sessions takes it as text.', { ...important, ...nullable }),
        name: str('Site Name', 'Name of the site, or null when it has none.', { ...important, ...nullable }),
        publicName: str('Public Name', 'Name of the site shown to drivers in public apps and roaming.'),
        isPublicSite: bool('Public Site', 'True when the site is open to the public, or null when not set.', nullable),
        groupType: str('Site Type', 'Kind of site as eMabler records it.', advanced),
        externalId: str('External Site ID', 'Identifier of the site in another system, matched exactly by the External Site ID filter.'),
        costCenterId: int64('Cost Center ID', 'Identifier of the cost center set on the site itself, or null.', { ...advanced, ...nullable }),
        costCenterName: str('Cost Center Name', 'Name of the cost center set on the site itself.', advanced),
        utilityMeterId: str('Utility Meter ID', 'Identifier of the grid meter set on the site itself.', advanced),
        streetAddress: str('Street Address', 'Street address of the site.'),
        city: str('City', 'City of the site.'),
        postalCode: str('Postal Code', 'Postal code of the site.'),
        country: str('Country', 'Country of the site as stored in eMabler.'),
        latitude: double('Latitude', 'Latitude of the site in decimal degrees, or null.', nullable),
        longitude: double('Longitude', 'Longitude of the site in decimal degrees, or null.', nullable),
        timezone: str('Time Zone', 'Time zone of the site.'),
        parentSiteId: int64('Parent Site ID', 'Identifier of the site this site belongs to, or null for a top-level site.', nullable),
        payerId: int64('Payer ID', 'Identifier of the payer of the site, or null.', { ...advanced, ...nullable }),
        costId: str('Cost ID', 'Identifier of the cost (tariff) that prices charging at the site.'),
        paymentRecipientId: int64('Payment Recipient ID', 'Identifier of the party that receives payments for the site, or null.', { ...advanced, ...nullable }),
        parkingType: str('Parking Type', 'Kind of parking at the site.', advanced),
        parentName: str('Parent Site Name', 'Name of the site this site belongs to.'),
        numberOfChargers: int64('Number of Chargers', 'Number of chargers at the site, or null.', nullable),
        totalNumberOfChargers: int64('Total Number of Chargers', 'Number of chargers at the site and its subsites, or null.', nullable),
        numberOfSubsites: int64('Number of Subsites', 'Number of sites directly below this site, or null.', { ...advanced, ...nullable }),
        totalNumberOfSubsites: int64('Total Number of Subsites', 'Number of sites at any level below this site, or null.', { ...advanced, ...nullable }),
        sitePath: arrayOf(SitePathEntry, 'Site Path', 'Sites on the way from the top of the site hierarchy to this site.', advanced),
        tariffReferences: arrayOf(SiteTariffReference, 'Tariff References', 'Tariffs linked to the site and what each is used for.', advanced),
        metadata: stringArray('Metadata', 'Free-form labels stored on the site.', advanced),
        serviceCompany: str('Service Company', 'Company that services the site.', advanced),
        serviceContactPerson: str('Service Contact', 'Contact person for service at the site.', advanced),
        serviceEmail: str('Service Email', 'Email address for service at the site.', advanced),
        servicePhoneNumber: str('Service Phone', 'Phone number for service at the site.', advanced),
        notes: str('Notes', 'Free-text notes about the site.', advanced),
        effectiveCostCenter: objectOf(
            'Effective Cost Center', 'Cost center that applies to the site, set on it or inherited from a site above it.',
            {
                id: int64('Identifier', 'Identifier of the cost center.'),
                name: str('Name', 'Name of the cost center.'),
            },
            advanced,
        ),
        effectiveUtilityMeterId: str('Effective Utility Meter ID', 'Grid meter that applies to the site, set on it or inherited from a site above it.', advanced),
        effectiveCostCenterId: int64('Effective Cost Center Number', 'Identifier of the cost center that applies to the site, or null.', { ...advanced, ...nullable }),
        openingTimes: objectOf(
            'Opening Times', 'When the site is open: around the clock, weekly hours and exceptions.',
            {
                twentyfourseven: bool('Always Open', 'True when the site is open 24 hours a day, 7 days a week.'),
                regularHours: arrayOf(RegularHours, 'Regular Hours', 'Weekly opening periods.'),
                exceptionalOpenings: arrayOf(ExceptionalPeriod, 'Exceptional Openings', 'Extra periods when the site is open.'),
                exceptionalClosings: arrayOf(ExceptionalPeriod, 'Exceptional Closings', 'Periods when the site is closed although it would normally be open.'),
            },
            advanced,
        ),
        earthingSystemType: str('Earthing System', 'Electrical earthing system of the site as stored in eMabler.', advanced),
    },
};

export const SitePage = pageOf({
    name: 'SitePage',
    title: 'Site Page',
    listing: 'sites',
    noun: 'sites',
    item: Site,
    itemsSummary: 'Sites',
    itemsDescription: 'Sites on this page.',
    totalRecords: 'int32',
});

/**
 * One charging session (eMabler `chargingSessionsResponse`). The 34 seed fields keep the seed's order,
 * names, types, formats and nullability exactly; the 6 upstream-only fields are typed as in eMabler's
 * OpenAPI document and marked `origin: 'upstream'`.
 */
import { dateTime, double, int32, int64, str, stringArray } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';

const upstream = { origin: 'upstream' } as const;
const nullable = { nullable: true } as const;

export const ChargingSession: NamedSchema = {
    name: 'ChargingSession',
    title: 'Charging Session',
    description: 'One charging session with its energy, duration, site, driver and price breakdown.',
    properties: {
        timestampStart: dateTime('Session Start', 'When the charging session started, in UTC.', { visibility: 'important' }),
        timestampEnd: dateTime('Session End', 'When the charging session ended, in UTC.', { visibility: 'important' }),
        chargerId: str('Charger ID', 'OCPP identity of the charger that delivered the energy.', { visibility: 'important' }),
        chargerName: str('Charger Name', 'Display name of the charger.', upstream),
        socketId: int32('Socket ID', 'Number of the charger socket (connector) used for the session.'),
        socketName: str('Socket Name', 'Display name of the socket used for the session.', upstream),
        authorizedTagId: str('Authorized Tag ID', 'RFID tag or token value that authorised the session.'),
        authorizedUserId: int64('Driver ID', 'Identifier of the driver (user) who was authorised for the session.'),
        userName: str('Driver Name', 'Name of the driver who was authorised for the session.'),
        siteId: int64('Site ID', 'Identifier of the site where the charger is installed.', { visibility: 'important' }),
        siteName: str('Site Name', 'Name of the site where the charger is installed.', { visibility: 'important' }),
        driverSiteId: int64('Driver Site ID', "Identifier of the driver's home site, or null when the driver has none.", nullable),
        driverSiteName: str('Driver Site Name', "Name of the driver's home site.", {}),
        fullConsumptionWh: int32('Energy (Wh)', 'Energy delivered during the session, in watt-hours.'),
        fullConsumptionKWh: double('Energy (kWh)', 'Energy delivered during the session, in kilowatt-hours.', { visibility: 'important' }),
        transactionLengthMinutes: double('Duration (Minutes)', 'Length of the session in minutes.'),
        id: int64('Session ID', 'Unique identifier of the charging session (transaction).', { visibility: 'important' }),
        unitPowerCost: double('Unit Energy Price', 'Price per kilowatt-hour applied to the session, or null when no tariff applied.', nullable),
        currency: str('Currency', 'ISO 4217 currency code of all amounts in the session, for example EUR.'),
        vatPercent: double('VAT Percent', 'Value-added tax rate applied to the session, in percent.', nullable),
        tariffId: str('Tariff ID', 'Identifier of the tariff used to price the session.', upstream),
        tariffVersion: int32('Tariff Version', 'Version of the tariff used to price the session, or null when unknown.', { ...upstream, nullable: true }),
        energyPriceInclVat: double('Energy Price Incl. VAT', 'Energy part of the price, including VAT.', nullable),
        energyPriceExclVat: double('Energy Price Excl. VAT', 'Energy part of the price, excluding VAT.', nullable),
        chargingTimePriceInclVat: double('Charging Time Price Incl. VAT', 'Time-based charging part of the price, including VAT.', nullable),
        chargingTimePriceExclVat: double('Charging Time Price Excl. VAT', 'Time-based charging part of the price, excluding VAT.', nullable),
        parkingTimePriceInclVat: double('Parking Time Price Incl. VAT', 'Parking (idle time) part of the price, including VAT.', nullable),
        parkingTimePriceExclVat: double('Parking Time Price Excl. VAT', 'Parking (idle time) part of the price, excluding VAT.', nullable),
        flatFeeInclVat: double('Flat Fee Incl. VAT', 'Fixed per-session fee, including VAT.', nullable),
        flatFeeExclVat: double('Flat Fee Excl. VAT', 'Fixed per-session fee, excluding VAT.', nullable),
        totalMarginAmount: double('Total Margin', 'Margin added on top of the cost for the session.', nullable),
        reductionAmount: double('Reduction', 'Discount subtracted from the price of the session.', nullable),
        totalCostInclVat: double('Total Cost Incl. VAT', 'Total price of the session, including VAT.', { nullable: true, visibility: 'important' }),
        totalCostExclVat: double('Total Cost Excl. VAT', 'Total price of the session, excluding VAT.', nullable),
        totalVatAmount: double('Total VAT', 'VAT amount included in the total price.', nullable),
        evseTransactionId: str('EVSE Transaction ID', 'Transaction identifier reported by the charger (EVSE) over OCPP.'),
        operationTimestamp: dateTime('Operation Timestamp', 'When eMabler last processed the session, in UTC, or null.', nullable),
        origin: str('Origin', 'Where the session came from, for example a local charger or a roaming partner.'),
        sanityFlags: stringArray('Sanity Flags', 'Data-quality warnings eMabler raised for the session, when requested.', { ...upstream, visibility: 'advanced' }),
        vehicleId: str('Vehicle ID', 'Identifier of the vehicle reported for the session.', upstream),
    },
};

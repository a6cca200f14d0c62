/**
 * The sandbox's in-memory shapes. They mirror the generated `ChargingSession` / `ChargingSessionPage`
 * definitions; the e2e tests check every sandbox response against the generated swagger (and Prism),
 * so a drift between these types and the contract fails a test.
 */
import type { Page } from './page.ts';

export interface SandboxSession {
    timestampStart: string;
    /** Absent while the session is ongoing (the contract's timestampEnd is a non-nullable date-time). */
    timestampEnd?: string;
    chargerId: string;
    chargerName: string;
    socketId: number;
    socketName: string;
    authorizedTagId: string;
    authorizedUserId: number;
    userName: string;
    siteId: number;
    siteName: string;
    driverSiteId: number | null;
    driverSiteName: string;
    fullConsumptionWh: number;
    fullConsumptionKWh: number;
    transactionLengthMinutes: number;
    id: number;
    unitPowerCost: number | null;
    currency: string;
    vatPercent: number | null;
    tariffId: string;
    tariffVersion: number | null;
    energyPriceInclVat: number | null;
    energyPriceExclVat: number | null;
    chargingTimePriceInclVat: number | null;
    chargingTimePriceExclVat: number | null;
    parkingTimePriceInclVat: number | null;
    parkingTimePriceExclVat: number | null;
    flatFeeInclVat: number | null;
    flatFeeExclVat: number | null;
    totalMarginAmount: number | null;
    reductionAmount: number | null;
    totalCostInclVat: number | null;
    totalCostExclVat: number | null;
    totalVatAmount: number | null;
    evseTransactionId: string;
    operationTimestamp: string | null;
    origin: string;
    sanityFlags: string[];
    vehicleId: string;
}

export type SessionField = keyof SandboxSession;

/** A validated, normalised query (all defaults applied, times as epoch milliseconds). */
export interface SessionQuery {
    page: number;
    limit: number;
    /** Canonical field name (case-insensitive match done by the validator), or undefined = by id. */
    sortKey: SessionField | undefined;
    sortDescending: boolean;
    startFrom: number | null;
    startUntil: number | null;
    endFrom: number | null;
    endUntil: number | null;
    chargerIds: string[] | null;
    siteIds: string[] | null;
    driverIds: string[] | null;
    rfidTags: string[] | null;
    transactionIds: number[] | null;
    evseTransactionIds: string[] | null;
    includeSanityFlags: boolean;
}

export type SessionPage = Page<SandboxSession>;

/** RFC 7807 problem details as eMabler's ASP.NET API sends them for 400 validation errors. */
export interface ProblemDetails {
    type: string;
    title: string;
    status: number;
    detail: string;
    instance: string;
    errors: Record<string, string[]>;
    traceId: string;
}

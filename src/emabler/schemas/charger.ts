/**
 * Chargers and their sockets (eMabler `chargerDto`, `chargerSocketDto` and parts, GET /v2/chargers), typed
 * exactly as eMabler's OpenAPI document. A charger's `chargerId` (its OCPP identity, a string) is what
 * the Charger IDs filter of Query charging sessions matches, not its numeric `id`.
 */
import { arrayOf, bool, dateTime, double, enumArray, int32, int64, mapOf, objectOf, str, stringArray, uri } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';
import { pageOf } from './page.ts';

const important = { visibility: 'important' } as const;
const advanced = { visibility: 'advanced' } as const;
const nullable = { nullable: true } as const;

export const CHARGER_CAPABILITIES = ['CHARGING_PROFILE_CAPABLE', 'CHARGING_PREFERENCES_CAPABLE', 'CHIP_CARD_SUPPORT', 'CONTACTLESS_CARD_SUPPORT', 'CREDIT_CARD_PAYABLE', 'DEBIT_CARD_PAYABLE', 'PED_TERMINAL', 'REMOTE_START_STOP_CAPABLE', 'RESERVABLE', 'RFID_READER', 'START_SESSION_CONNECTOR_REQUIRED', 'TOKEN_GROUP_CAPABLE', 'UNLOCK_CAPABLE'] as const;
export const PARKING_RESTRICTIONS = ['EV_ONLY', 'PLUGGED', 'DISABLED', 'CUSTOMERS', 'MOTORCYCLES'] as const;
export const CHARGER_STATES = ['Online', 'Error', 'Offline', 'Info', 'Charging', 'SuspendedCAR', 'SuspendedCharger', 'Preparing', 'Finishing', 'Reserved', 'Booting', 'Unavailable'] as const;
export const CHARGER_TYPES = ['AC', 'DC', 'Other'] as const;

export const SocketPowerRating: NamedSchema = {
    name: 'SocketPowerRating',
    title: 'Socket Power Rating',
    description: 'One power option of a socket.',
    properties: {
        voltage: int32('Voltage', 'Voltage of this power option in volts.'),
        amperage: int32('Amperage', 'Current of this power option in amperes.'),
        watts: int32('Watts', 'Power of this option in watts.'),
        description: str('Description', 'Description of this power option.'),
    },
};

export const ChargerSocket: NamedSchema = {
    name: 'ChargerSocket',
    title: 'Charger Socket',
    description: 'A socket (connector) of a charger.',
    properties: {
        type: str('Socket Type', 'Plug type of the socket, for example Type2 or CCS.'),
        maxPower: str('Maximum Power', 'Maximum power of the socket, as text.'),
        status: str('Status', 'Current status of the socket.'),
        previousStatus: str('Previous Status', 'Status of the socket before the current one.', advanced),
        chargingState: str('Charging State', 'Charging state of the socket.'),
        id: int32('Socket ID', 'Number of the socket on the charger; the Charger IDs filter takes chargerId/socketId.'),
        name: str('Socket Name', 'Display name of the socket.'),
        deviceEvseId: int32('Device EVSE ID', 'EVSE number the charger reports for the socket, or null.', { ...advanced, ...nullable }),
        deviceConnectorId: int32('Device Connector ID', 'Connector number the charger reports for the socket, or null.', { ...advanced, ...nullable }),
        format: str('Plug Format', 'Whether the socket is a socket or a fixed cable.', advanced),
        socketPowerType: str('Power Type', 'Current type the socket delivers.'),
        socketManufacturer: str('Socket Manufacturer', 'Manufacturer of the socket.', advanced),
        socketModel: str('Socket Model', 'Model of the socket.', advanced),
        maxWatts: int32('Maximum Watts', 'Maximum power of the socket in watts, or null.', nullable),
        maxVoltage: int32('Maximum Voltage', 'Maximum voltage of the socket in volts, or null.', { ...advanced, ...nullable }),
        maxAmperage: int32('Maximum Amperage', 'Maximum current of the socket in amperes, or null.', { ...advanced, ...nullable }),
        powerRatings: arrayOf(SocketPowerRating, 'Power Ratings', 'Power options of the socket.', advanced),
        phaseRotation: str('Phase Rotation', 'Phase rotation of the socket’s wiring.', advanced),
        termsAndConditions: uri('Terms and Conditions', 'Link to the terms that apply when charging at the socket.', advanced),
        lastUpdated: dateTime('Last Updated', 'When the socket was last updated.', advanced),
        chargingStationEvseId: int32('Charging Station EVSE ID', 'EVSE number of the socket within the charging station, or null.', { ...advanced, ...nullable }),
        parkingPlace: str('Parking Place', 'Parking place of the socket.', advanced),
        plugCountResetAt: dateTime('Plug Count Reset At', 'When the plug-in counter was last reset, or null.', { ...advanced, ...nullable }),
        plugCountOffset: int64('Plug Count Offset', 'Offset added to the plug-in counter, or null.', { ...advanced, ...nullable }),
        physicalReference: str('Physical Reference', 'Reference printed at the socket.', advanced),
        capabilities: enumArray(CHARGER_CAPABILITIES, 'Capabilities', 'Features the socket supports.', advanced),
        phaseAware: bool('Phase Aware', 'True when the socket reports and uses its phases.', advanced),
    },
};

export const EvseConnector: NamedSchema = {
    name: 'EvseConnector',
    title: 'EVSE Connector',
    description: 'A connector of an OCPP 2.x EVSE.',
    properties: {
        id: str('Connector ID', 'Identifier of the connector.'),
        tariffIds: stringArray('Tariff IDs', 'Tariffs that apply to the connector.'),
    },
};

export const ChargerConfiguration: NamedSchema = {
    name: 'ChargerConfiguration',
    title: 'Charger Configuration',
    description: 'A configuration key of a charger.',
    properties: {
        configName: str('Key', 'Name of the configuration key.'),
        configValue: str('Value', 'Current value of the configuration key.'),
        canBeChanged: bool('Changeable', 'True when the key can be changed remotely.'),
        evse: objectOf(
            'EVSE', 'EVSE the key belongs to, for OCPP 2.x chargers.',
            {
                chargerId: str('Charger ID', 'Charger the EVSE belongs to.'),
                connector: arrayOf(EvseConnector, 'Connectors', 'Connectors of the EVSE.'),
            },
        ),
        component: objectOf(
            'Component', 'OCPP 2.x component of the key.',
            {
                name: str('Name', 'Name of the OCPP 2.x component or variable.'),
                instance: str('Instance', 'Instance of the OCPP 2.x component or variable.'),
            },
        ),
        variable: objectOf(
            'Variable', 'OCPP 2.x variable of the key.',
            {
                name: str('Name', 'Name of the OCPP 2.x component or variable.'),
                instance: str('Instance', 'Instance of the OCPP 2.x component or variable.'),
            },
        ),
    },
};

export const ChargerOngoingSession: NamedSchema = {
    name: 'ChargerOngoingSession',
    title: 'Charger Ongoing Session',
    description: 'A charging session running on the charger.',
    properties: {
        socketId: int32('Socket ID', 'Socket the session runs on.'),
        transactionId: int32('Session ID', 'Identifier of the running session in eMabler.'),
        evseTransactionId: str('EVSE Transaction ID', 'Transaction identifier reported by the charger.'),
    },
};

export const Charger: NamedSchema = {
    name: 'Charger',
    title: 'Charger',
    description: 'A charger with its state, site, sockets and settings.',
    properties: {
        id: int64('Charger Number', 'Numeric database identifier of the charger; filters use the Charger ID instead.', advanced),
        chargerId: str('Charger ID', 'OCPP identity of the charger; the Charger IDs filter of Query charging sessions takes it.', important),
        ocppVersion: int32('OCPP Version Code', 'OCPP protocol version as a code from 0 to 3; eMabler does not document the codes.', { ...advanced, enum: [0,1,2,3] }),
        name: str('Charger Name', 'Display name of the charger.', important),
        state: str('State', 'Current state of the charger, for example Online, Charging or Offline.', { ...important, enum: CHARGER_STATES }),
        lastMessage: str('Last Message', 'Last message the charger sent to eMabler.'),
        lastSeen: dateTime('Last Seen', 'When eMabler last heard from the charger, or null.', nullable),
        siteId: int64('Site ID', 'Identifier of the site where the charger is installed.'),
        siteName: str('Site Name', 'Name of the site where the charger is installed.', important),
        model: str('Model', 'Model of the charger.'),
        manufacturer: str('Manufacturer', 'Manufacturer of the charger.'),
        firmware: str('Firmware Version', 'Firmware version the charger reports.'),
        serial: str('Serial Number', 'Serial number of the charger.', advanced),
        activeConnection: bool('Connected', 'True when the charger is connected to eMabler now, or null when unknown.', nullable),
        iccid: str('SIM ICCID', 'ICCID of the SIM card in the charger.', advanced),
        imsi: str('SIM IMSI', 'IMSI of the SIM card in the charger.', advanced),
        meterType: str('Meter Type', 'Type of the energy meter in the charger.', advanced),
        meterSerialNumber: str('Meter Serial Number', 'Serial number of the energy meter in the charger.', advanced),
        pushIntegrationEnabled: bool('Push Integration Enabled', 'True when push integrations receive events of the charger, or null.', { ...advanced, ...nullable }),
        chargerSpecificMessageStructure: bool('Charger-Specific Messages', 'True when the charger uses a charger-specific message structure, or null.', { ...advanced, ...nullable }),
        evseId: str('EVSE ID', 'EVSE identifier of the charger, as used in roaming.'),
        ocpiIntegrationEnabled: bool('OCPI Enabled', 'True when the charger is shared through OCPI roaming, or null.', { ...advanced, ...nullable }),
        splitEvseBySocket: bool('EVSE Per Socket', 'True when each socket has its own EVSE identifier, or null.', { ...advanced, ...nullable }),
        physicalReference: str('Physical Reference', 'Reference printed on the charger.'),
        floorLevel: str('Floor Level', 'Floor level where the charger stands.', advanced),
        sockets: arrayOf(ChargerSocket, 'Sockets', 'Sockets (connectors) of the charger with their status and power.'),
        location: objectOf(
            'Location', 'Address and coordinates of the charger.',
            {
                latitude: double('Latitude', 'Latitude of the charger in decimal degrees.'),
                longitude: double('Longitude', 'Longitude of the charger in decimal degrees.'),
                streetAddress: str('Street Address', 'Street name of the charger’s address.'),
                streetNumber: str('Street Number', 'Street number of the charger’s address.'),
                houseLetter: str('House Letter', 'House letter of the charger’s address.'),
                postalNumber: str('Postal Code', 'Postal code of the charger’s address.'),
                city: str('City', 'City of the charger’s address.'),
                area: str('Area', 'Area or district of the charger’s address.'),
                country: str('Country', 'Country of the charger’s address.'),
            },
        ),
        capabilities: enumArray(CHARGER_CAPABILITIES, 'Capabilities', 'Features the charger supports, for example RFID_READER.', advanced),
        parkingRestrictions: enumArray(PARKING_RESTRICTIONS, 'Parking Restrictions', 'Who may park at the charger, for example EV_ONLY.', advanced),
        chargerConfigurations: arrayOf(ChargerConfiguration, 'Configurations', 'Configuration keys of the charger, returned when Include Configurations is true.', advanced),
        ongoingTransactions: arrayOf(ChargerOngoingSession, 'Ongoing Sessions', 'Charging sessions running on the charger now.'),
        customProperties: mapOf({type: 'string'}, 'Custom Properties', 'Custom key-value data stored on the charger.', advanced),
        integrationRelays: stringArray('Integration Relays', 'Integrations that receive the charger’s messages.', advanced),
        metadata: stringArray('Metadata', 'Free-form labels stored on the charger.', advanced),
        installationDate: dateTime('Installation Date', 'When the charger was installed, or null.', { ...advanced, ...nullable }),
        parkingPlace: str('Parking Place', 'Parking place of the charger.', advanced),
        serviceCompany: str('Service Company', 'Company that services the charger.', advanced),
        serviceContactPerson: str('Service Contact', 'Contact person for service of the charger.', advanced),
        servicePhoneNumber: str('Service Phone', 'Phone number for service of the charger.', advanced),
        serviceEmail: str('Service Email', 'Email address for service of the charger.', advanced),
        notes: str('Notes', 'Free-text notes about the charger.', advanced),
        driverSpotOptimisationDisabled: bool('Spot Optimisation Disabled', 'True when spot-price optimisation for drivers is off on the charger, or null.', { ...advanced, ...nullable }),
        eichrechtPublicKey: str('Eichrecht Public Key', 'Public key for checking signed meter values under German calibration law.', advanced),
        createdAt: dateTime('Created At', 'When the charger was added to eMabler, or null.', { ...advanced, ...nullable }),
        updatedAt: dateTime('Updated At', 'When the charger was last changed in eMabler, or null.', { ...advanced, ...nullable }),
        blockedUntil: dateTime('Blocked Until', 'Time until which the charger is blocked, or null.', { ...advanced, ...nullable }),
        chargerType: str('Charger Type', 'Current type of the charger: AC, DC or Other, or null.', { ...nullable, enum: CHARGER_TYPES }),
        latestConfigTemplateApplication: objectOf(
            'Latest Configuration Template', 'The configuration template applied to the charger most recently.',
            {
                appliedAt: str('Applied At', 'When the template was applied, as text.'),
                configTemplateId: int64('Template ID', 'Identifier of the configuration template.'),
                configTemplateImplementationId: int64('Implementation ID', 'Identifier of the template implementation that was applied.'),
                configTemplateName: str('Template Name', 'Name of the configuration template.'),
                status: str('Status', 'Outcome of applying the template.'),
            },
            advanced,
        ),
    },
};

export const ChargerPage = pageOf({
    name: 'ChargerPage',
    title: 'Charger Page',
    listing: 'chargers',
    noun: 'chargers',
    item: Charger,
    itemsSummary: 'Chargers',
    itemsDescription: 'Chargers on this page.',
    totalRecords: 'int32',
});

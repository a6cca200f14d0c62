/** `npm run try`'s findings, one table: what the harness reports about a connection, a request and a response. */
import type { RuleInfo } from '../core/rules.ts';

const rule = (id: string, description: string, source: string): RuleInfo => ({ id, defaultSeverity: 'error', description, source });

export const HARNESS_RULES = {
    connectionUnknownParameter: rule('connection-unknown-parameter', 'A connection value names no connection parameter of the connector.', 'The connection dialog offers only the declared parameters'),
    connectionValueType: rule('connection-value-type', 'A connection value is not a string.', 'Connection parameters of type string and securestring hold text'),
    connectionRequired: rule('connection-required', 'A required connection parameter has no value (a dropdown default counts).', 'The connection dialog does not let a required value be empty'),
    connectionAllowedValues: rule('connection-allowed-values', "A dropdown connection parameter's value is not one of its allowed values (unless --allow-custom-values).", 'The connection dialog offers only the allowed values'),
    inputRequired: rule('input-required', 'A required operation input has no value.', 'The designer does not let a required input be empty'),
    inputUnknown: rule('input-unknown', 'An input names no parameter of the operation (and it has no body to carry it).', 'The designer offers only the declared inputs'),
    requestUrl: rule('request-url', 'The request URL built from the host, policies and inputs is not a valid absolute URL.', 'A policy or connection value produced a broken URL'),
    requestHttpsRequired: rule('request-https-required', 'The request URL is not https (plain http only for 127.0.0.1, localhost and [::1]).', 'Power Platform calls APIs over https only; the loopback exception serves the local sandbox'),
    httpRequestFailed: rule('http-request-failed', 'The request could not be sent or got no answer (network, timeout).', 'The call failed before any HTTP status'),
    responseNotJson: rule('response-not-json', 'A response body is not JSON.', 'The connector declares application/json responses'),
    httpStatus: rule('http-status', 'The API answered with a status outside 2xx.', 'A failed call: the flow would take its error path'),
    customCodeTimeLimit: rule('custom-code-time-limit', '`try --poll`: the custom code ran as long as the platform allows it (5 s) or longer.', 'Learn "Write code in a custom connector": a script must finish within 5 seconds'),
    customCodeException: rule('custom-code-exception', '`try --poll`: the custom code threw an exception instead of answering.', 'The platform answers 500 for a script that throws; the flow run fails'),
    triggerStatus: rule('trigger-status', '`try --poll`: the trigger answered a status other than 200 or 202.', 'Learn "Use a custom polling trigger": 202 = nothing new, 200 = items; anything else is a failed poll'),
    triggerLocation: rule('trigger-location', '`try --poll`: a 200 or 202 answer has no Location, or one that does not point at the connector.', 'The platform polls the Location next; without one, or past the connector, the trigger stops or skips the custom code'),
    triggerRetryAfter: rule('trigger-retry-after', '`try --poll`: Retry-After is not a whole number of seconds.', 'The platform reads Retry-After as the wait before the next poll'),
    triggerBody: rule('trigger-body', '`try --poll`: a 200 answer of a batch trigger is not a JSON array.', 'x-ms-trigger batch: each item of the array starts one run'),
    pagingMaxRequests: rule('paging-max-requests', '`try --all` stopped after its request limit while the API still reported a next page.', 'A safety stop against an API that never reports the last page'),
    dynamicValuesDisagree: { ...rule('dynamic-values-disagree', "`try --values`: an input's x-ms-dynamic-list and x-ms-dynamic-values name different operations, paths or parameters.", 'The designer and Power Fx use x-ms-dynamic-list when both exist, so the values form would show other options in older clients'), defaultSeverity: 'warn' },
    dynamicValuesCollection: rule('dynamic-values-collection', "`try --values`: the picker's collection path (itemsPath / value-collection) is not an array in the source operation's response.", 'The dropdown would stay empty: the designer reads its options from that array'),
    dynamicValuesValuePath: rule('dynamic-values-value-path', "`try --values`: no item of the picker's collection has a value at its value path (itemValuePath / value-path).", 'Every option would be left out: the designer inserts the value found at that path'),
    dynamicValueMissing: { ...rule('dynamic-value-missing', "`try --values`: an item of the picker's collection has no value at its value path and is left out.", 'LogicAppsUX and Power Fx skip such items, so the option is missing from the dropdown'), defaultSeverity: 'warn' },
} as const;

export const harnessRules: readonly RuleInfo[] = Object.values(HARNESS_RULES);

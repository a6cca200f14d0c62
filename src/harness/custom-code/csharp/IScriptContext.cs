// Stand-in for the IScriptContext interface that Power Platform provides to connector custom code.
// Members marked [Learn] are in the definition on Microsoft Learn, "Write code in a custom connector".
// Members marked [certified] are not in that definition but are used by certified connectors in
// microsoft/PowerPlatformConnectors (6 of the 56 certified script.csx files use OriginalRequestUri;
// docs/triggers.md). Used only to compile and run script.csx locally.
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

public interface IScriptContext
{
    // [Learn] Correlation Id.
    string CorrelationId { get; }

    // [Learn] Connector operation Id.
    string OperationId { get; }

    // [Learn] Incoming request (after the connector's request policies; see the note).
    HttpRequestMessage Request { get; }

    // [Learn] Logger instance.
    ILogger Logger { get; }

    // [Learn] Sends an HTTP request; use it instead of HttpClient.SendAsync.
    Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    // [certified] The URI the platform called the connector with (the connector's own endpoint, not
    // the backend). Used by 6 certified connectors, e.g. SurveyMonkey and DocuSign, to build the
    // Location header of polling triggers.
    Uri OriginalRequestUri { get; }
}

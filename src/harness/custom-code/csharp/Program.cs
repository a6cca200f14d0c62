// The local runner for connector custom code (not part of the connector). Reads one request as JSON
// on stdin, runs Script.ExecuteAsync with a context whose SendAsync does real HTTP, and prints the
// script's response as JSON on stdout. Compiled together with script.csx and the stand-ins in this
// folder by src/harness/custom-code/compile.ts.
//
// stdin:  { "operationId", "correlationId", "originalRequestUri", "timeoutMs",
//           "request": { "method", "url", "headers": { name: value }, "body": string|null } }
// stdout: { "status", "headers": { name: [values] }, "body": string|null, "elapsedMs",
//           "sends": [ { "method", "url", "requestBody", "status", "elapsedMs" } ] }
//      or { "exception": { "type", "message" }, "elapsedMs", "sends": [...] }
// Header values are never printed for requests (they carry the API key); logs go to stderr.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CustomCodeHarness
{
    internal sealed class StderrLogger : ILogger
    {
        public void Log(LogLevel level, string message) { Console.Error.WriteLine("[" + level + "] " + message); }
    }

    internal sealed class HarnessContext : IScriptContext
    {
        private static readonly HttpClient Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };

        public readonly JArray Sends = new JArray();

        public string CorrelationId { get; set; }
        public string OperationId { get; set; }
        public HttpRequestMessage Request { get; set; }
        public ILogger Logger { get; set; }
        public Uri OriginalRequestUri { get; set; }

        public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string requestBody = request.Content == null ? null : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            var entry = new JObject
            {
                ["method"] = request.Method.Method,
                ["url"] = request.RequestUri.AbsoluteUri,
                ["requestBody"] = requestBody,
            };
            Sends.Add(entry);
            try
            {
                var response = await Client.SendAsync(request, cancellationToken).ConfigureAwait(false);
                // Buffer the body so the script can read it more than once, as on the platform.
                if (response.Content != null) await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                entry["status"] = (int)response.StatusCode;
                return response;
            }
            finally
            {
                entry["elapsedMs"] = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
            }
        }
    }

    public static class Program
    {
        private static readonly JsonSerializerSettings Settings = new JsonSerializerSettings { DateParseHandling = DateParseHandling.None };

        public static int Main()
        {
            JObject input;
            try
            {
                input = JsonConvert.DeserializeObject<JObject>(Console.In.ReadToEnd(), Settings);
            }
            catch (Exception e)
            {
                Console.Error.WriteLine("runner: stdin is not a JSON object: " + e.Message);
                return 2;
            }
            int code = RunAsync(input).GetAwaiter().GetResult();
            // Exit at once: Mono otherwise may wait for HttpClient's idle connections before the
            // process ends (seen as polls taking 30 s while the script ran under 1 s).
            Environment.Exit(code);
            return code;
        }

        private static HttpRequestMessage BuildRequest(JObject spec)
        {
            var request = new HttpRequestMessage(new HttpMethod((string)spec["method"]), new Uri((string)spec["url"]));
            var body = spec["body"];
            string contentType = null;
            var headers = spec["headers"] as JObject ?? new JObject();
            foreach (var header in headers.Properties())
            {
                if (string.Equals(header.Name, "content-type", StringComparison.OrdinalIgnoreCase)) { contentType = (string)header.Value; continue; }
                if (string.Equals(header.Name, "content-length", StringComparison.OrdinalIgnoreCase)) continue;
                request.Headers.TryAddWithoutValidation(header.Name, (string)header.Value);
            }
            if (body != null && body.Type == JTokenType.String)
            {
                request.Content = new StringContent((string)body, Encoding.UTF8);
                if (contentType != null) request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            }
            return request;
        }

        private static JObject Headers(HttpResponseMessage response)
        {
            var result = new JObject();
            foreach (var header in response.Headers) result[header.Key] = new JArray(header.Value);
            if (response.Content != null)
            {
                foreach (var header in response.Content.Headers) result[header.Key] = new JArray(header.Value);
            }
            // The wire form of Location, as HttpClient would send it.
            var location = response.Headers.Location;
            if (location != null) result["Location"] = new JArray(location.IsAbsoluteUri ? location.AbsoluteUri : location.OriginalString);
            return result;
        }

        private static async Task<int> RunAsync(JObject input)
        {
            int timeoutMs = input["timeoutMs"] == null ? 5000 : (int)input["timeoutMs"];
            var context = new HarnessContext
            {
                CorrelationId = (string)input["correlationId"] ?? Guid.NewGuid().ToString(),
                OperationId = (string)input["operationId"],
                Request = BuildRequest((JObject)input["request"]),
                Logger = new StderrLogger(),
                OriginalRequestUri = input["originalRequestUri"] == null ? null : new Uri((string)input["originalRequestUri"]),
            };
            var output = new JObject();
            var watch = Stopwatch.StartNew();
            using (var cancellation = new CancellationTokenSource(timeoutMs))
            {
                try
                {
                    var script = new Script { Context = context, CancellationToken = cancellation.Token };
                    var response = await script.ExecuteAsync().ConfigureAwait(false);
                    output["status"] = (int)response.StatusCode;
                    output["headers"] = Headers(response);
                    output["body"] = response.Content == null ? null : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    var inner = e is AggregateException && e.InnerException != null ? e.InnerException : e;
                    output["exception"] = new JObject { ["type"] = inner.GetType().FullName, ["message"] = inner.Message };
                }
            }
            output["elapsedMs"] = Math.Round(watch.Elapsed.TotalMilliseconds, 1);
            output["sends"] = context.Sends;
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            stdout.Write(output.ToString(Formatting.None));
            stdout.Flush();
            return 0;
        }
    }
}

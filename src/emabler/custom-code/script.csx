// Custom code of the eMabler connector (script.csx). It serves the two polling triggers
// "When a charging session ends" (OnChargingSessionEnded) and "When a charging session starts"
// (OnChargingSessionStarted); apiProperties.json lists exactly these two in scriptOperations, so no
// other operation reaches this code.
//
// Protocol (Learn, "Use a custom polling trigger"): the platform calls the trigger operation; the
// answer is 202 (nothing new) or 200 with a JSON array (one flow run per session), always with a
// Location header the platform calls next and a Retry-After in seconds (0 = call again at once,
// because more sessions are waiting). All state lives in the "state" query parameter of Location.
//
// Reads POST /v2/transactions sorted by id. Two watermarks make every session fire once:
//   H  every session with id <= H has been seen (ids grow in the order eMabler records sessions);
//   W  every ended session with timestampEnd <= W and id <= H has fired "ends".
// A poll ("window") moves to W2 = now - 1 s and HCAP = the highest id now, and fires
//   starts: id in (H, HCAP]
//   ends:   (late)   timestampEnd <= W       and id in (H, HCAP]
//           (window) W < timestampEnd <= W2  and id <= HCAP
// A window larger than one answer continues at once (Retry-After 0) from the page and cursor kept in
// the state. Design, assumptions and limits: docs/triggers.md.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

public class Script : ScriptBase
{
    private const string EndedOperationId = "OnChargingSessionEnded";
    private const string StartedOperationId = "OnChargingSessionStarted";

    // The trigger paths end in this segment; what precedes it is eMabler's base URL (after the
    // connector's dynamichosturl policy).
    private const string TriggerPathSegment = "/triggers/charging-sessions/";
    private const string TransactionsPath = "/v2/transactions";

    private const string StateParameter = "state";
    private const string SiteIdsParameter = "siteIds";
    private const string ChargerIdsParameter = "chargerIds";

    // Largest page POST /v2/transactions accepts; also the most sessions one answer carries.
    private const int PageSize = 1000;
    // Retry-After when caught up. When more sessions wait, Retry-After is 0.
    private const int IdleRetryAfterSeconds = 60;
    // "ends" takes a session once its end is this old (clock skew and recording delay allowance).
    private const long SettleMilliseconds = 1000;
    // No further page is requested after this much time (the platform stops code after 5 s).
    private const long TimeBudgetMilliseconds = 2500;

    private static readonly JsonSerializerSettings JsonSettings = new JsonSerializerSettings { DateParseHandling = DateParseHandling.None };

    private readonly System.Diagnostics.Stopwatch watch = System.Diagnostics.Stopwatch.StartNew();
    private string baseUrl;
    private List<string> siteIds;
    private List<string> chargerIds;
    // Set when eMabler answered with an error or an unusable page; returned to the platform as is.
    private HttpResponseMessage failure;
    // Whether the last page read has a next page (hasNextPage; a full page when eMabler omits it).
    private bool hasNext;

    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        if (EndedOperationId.Equals(this.Context.OperationId, StringComparison.OrdinalIgnoreCase))
        {
            return await this.PollAsync(false).ConfigureAwait(false);
        }
        if (StartedOperationId.Equals(this.Context.OperationId, StringComparison.OrdinalIgnoreCase))
        {
            return await this.PollAsync(true).ConfigureAwait(false);
        }
        // Not a script operation: forward unchanged.
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> PollAsync(bool started)
    {
        var uri = this.Context.Request.RequestUri;
        int at = uri.AbsolutePath.IndexOf(TriggerPathSegment, StringComparison.Ordinal);
        if (at < 0)
        {
            return Problem(HttpStatusCode.InternalServerError, "UnexpectedPath", "The trigger request path does not contain " + TriggerPathSegment + ".");
        }
        if (this.Context.OriginalRequestUri == null)
        {
            return Problem(HttpStatusCode.InternalServerError, "NoOriginalRequestUri", "The platform did not provide the original request URI needed for the Location header.");
        }
        this.baseUrl = uri.GetLeftPart(UriPartial.Authority) + uri.AbsolutePath.Substring(0, at);
        var query = ParseQuery(uri.Query);
        this.siteIds = SplitList(Get(query, SiteIdsParameter));
        this.chargerIds = SplitList(Get(query, ChargerIdsParameter));

        string state = Get(query, StateParameter);
        if (string.IsNullOrEmpty(state))
        {
            // First poll: remember where "now" is and fire nothing.
            long top = await this.TopIdAsync(false, 0).ConfigureAwait(false);
            if (this.failure != null) return this.failure;
            return this.Answer(new JArray(), started ? "s1." + top : "e1." + (NowMs() - SettleMilliseconds) + "." + top, true);
        }
        string[] parts = state.Split('.');
        return started ? await this.PollStartedAsync(state, parts).ConfigureAwait(false) : await this.PollEndedAsync(state, parts).ConfigureAwait(false);
    }

    // state: s1.H (caught up) or s1.H.HCAP.PAGE.CURSOR (a round in progress; CURSOR = lowest id taken).
    private async Task<HttpResponseMessage> PollStartedAsync(string state, string[] parts)
    {
        long h, hcap, cursor, page;
        if (parts[0] != "s1" || (parts.Length != 2 && parts.Length != 5) || !Number(parts[1], out h)) return BadState(state);
        if (parts.Length == 2)
        {
            hcap = await this.TopIdAsync(false, 0).ConfigureAwait(false);
            if (this.failure != null) return this.failure;
            if (hcap <= h) return this.Answer(new JArray(), "s1." + h, true);
            page = 1;
            cursor = hcap + 1;
        }
        else if (!Number(parts[2], out hcap) || !Number(parts[3], out page) || !Number(parts[4], out cursor) || page < 1 || page > int.MaxValue || hcap < h)
        {
            return BadState(state);
        }

        var items = new JArray();
        while (true)
        {
            JArray sessions = await this.PageAsync((int)page, true, null, null).ConfigureAwait(false);
            if (this.failure != null) return this.failure;
            bool done = false, full = false;
            foreach (JObject session in sessions)
            {
                long id = (long)session["id"];
                if (id >= cursor) continue; // taken already, or newer than this round (id > HCAP)
                if (id <= h) { done = true; break; }
                if (items.Count == PageSize) { full = true; break; }
                items.Add(session);
                cursor = id;
            }
            if (full) return this.Answer(items, "s1." + h + "." + hcap + "." + page + "." + cursor, false);
            if (done || !this.hasNext) return this.Answer(items, "s1." + hcap, true);
            page++;
            if (items.Count == PageSize || this.OverBudget()) return this.Answer(items, "s1." + h + "." + hcap + "." + page + "." + cursor, false);
        }
    }

    // state: e1.W.H (caught up) or e1.W.H.W2.HCAP.PHASE.PAGE.CURSOR (a window in progress).
    // PHASE L reads late sessions (end <= W, id in (H, HCAP]) by id descending, CURSOR = lowest id taken;
    // PHASE N reads the window (W < end <= W2, id <= HCAP) by id ascending, CURSOR = highest id taken.
    private async Task<HttpResponseMessage> PollEndedAsync(string state, string[] parts)
    {
        long w, h, w2, hcap, page, cursor;
        string phase;
        if (parts[0] != "e1" || (parts.Length != 3 && parts.Length != 8) || !Number(parts[1], out w) || !Number(parts[2], out h)) return BadState(state);
        if (parts.Length == 3)
        {
            w2 = Math.Max(w, NowMs() - SettleMilliseconds);
            hcap = Math.Max(h, await this.TopIdAsync(false, 0).ConfigureAwait(false));
            if (this.failure != null) return this.failure;
            // Late sessions are possible only when new ids exist; one id-descending probe tells.
            bool late = hcap > h && await this.TopIdAsync(true, w).ConfigureAwait(false) > h;
            if (this.failure != null) return this.failure;
            phase = late ? "L" : "N";
            page = 1;
            cursor = late ? hcap + 1 : 0;
        }
        else
        {
            phase = parts[5];
            if (!Number(parts[3], out w2) || !Number(parts[4], out hcap) || !Number(parts[6], out page) || !Number(parts[7], out cursor)
                || (phase != "L" && phase != "N") || page < 1 || page > int.MaxValue || w2 < w || hcap < h)
            {
                return BadState(state);
            }
        }

        long wTicks = DateTimeOffset.FromUnixTimeMilliseconds(w).UtcTicks;
        long w2Ticks = DateTimeOffset.FromUnixTimeMilliseconds(w2).UtcTicks;
        var items = new JArray();
        while (true)
        {
            bool late = phase == "L";
            // Stop bounds are widened by 1 ms so the result is right whether eMabler's bounds are
            // inclusive or exclusive; the exact test is done here on the parsed timestampEnd.
            JArray sessions = late
                ? await this.PageAsync((int)page, true, null, w + 1).ConfigureAwait(false)
                : await this.PageAsync((int)page, false, w, w2 + 1).ConfigureAwait(false);
            if (this.failure != null) return this.failure;
            bool done = false, full = false;
            foreach (JObject session in sessions)
            {
                long id = (long)session["id"];
                if (late ? id >= cursor : id <= cursor || id > hcap) continue;
                if (late && id <= h) { done = true; break; }
                long end;
                if (!EndTicks(session, out end)) continue; // still ongoing
                if (late ? end > wTicks : end <= wTicks || end > w2Ticks) continue;
                if (items.Count == PageSize) { full = true; break; }
                items.Add(session);
                cursor = id;
            }
            string progress = "e1." + w + "." + h + "." + w2 + "." + hcap + "." + phase + ".";
            if (full) return this.Answer(items, progress + page + "." + cursor, false);
            if (late && (done || !this.hasNext))
            {
                phase = "N";
                page = 1;
                cursor = 0;
            }
            else if (!late && !this.hasNext)
            {
                return this.Answer(items, "e1." + w2 + "." + hcap, true);
            }
            else
            {
                page++;
            }
            if (items.Count == PageSize || this.OverBudget())
            {
                return this.Answer(items, "e1." + w + "." + h + "." + w2 + "." + hcap + "." + phase + "." + page + "." + cursor, false);
            }
        }
    }

    // Highest session id (0 when there is none), optionally among sessions ended by stopTime.
    private async Task<long> TopIdAsync(bool endedOnly, long stopTimeMs)
    {
        var body = this.QueryBody(1, 1, true, null, endedOnly ? (long?)(stopTimeMs + 1) : null);
        JArray sessions = await this.QueryAsync(body, 1, true).ConfigureAwait(false);
        return sessions == null || sessions.Count == 0 ? 0 : (long)sessions[0]["id"];
    }

    private Task<JArray> PageAsync(int page, bool descending, long? stopFromMs, long? stopToMs)
    {
        return this.QueryAsync(this.QueryBody(page, PageSize, descending, stopFromMs, stopToMs), PageSize, descending);
    }

    private JObject QueryBody(int page, int limit, bool descending, long? stopFromMs, long? stopToMs)
    {
        var body = new JObject
        {
            ["page"] = page,
            ["limit"] = limit,
            ["sortKey"] = "id",
            ["sortDescending"] = descending,
        };
        if (stopFromMs.HasValue) body["stopTimeSearchBegin"] = Iso(stopFromMs.Value);
        if (stopToMs.HasValue) body["stopTime"] = Iso(stopToMs.Value);
        if (this.siteIds.Count > 0) body["siteIDs"] = new JArray(this.siteIds);
        if (this.chargerIds.Count > 0) body["chargerIDs"] = new JArray(this.chargerIds);
        return body;
    }

    // One POST /v2/transactions. Returns the page's items, or null with this.failure set.
    private async Task<JArray> QueryAsync(JObject body, int limit, bool descending)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, this.baseUrl + TransactionsPath);
        foreach (var header in this.Context.Request.Headers)
        {
            if (!header.Key.Equals("Host", StringComparison.OrdinalIgnoreCase)) request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        request.Content = CreateJsonContent(body.ToString(Formatting.None));
        var response = await this.Context.SendAsync(request, this.CancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            this.failure = response;
            return null;
        }
        JObject page = null;
        try
        {
            page = JsonConvert.DeserializeObject<JObject>(await response.Content.ReadAsStringAsync().ConfigureAwait(false), JsonSettings);
        }
        catch (JsonException)
        {
        }
        var items = page == null ? null : page["items"] as JArray;
        if (items == null || items.Count > limit) return this.Unusable("eMabler's answer is not a page of charging sessions.");
        // Paging follows hasNextPage, so a smaller page size than asked for still reads everything.
        var next = page["hasNextPage"] as JValue;
        this.hasNext = next != null && next.Type == JTokenType.Boolean ? (bool)next : items.Count == limit;
        long previous = 0;
        for (int i = 0; i < items.Count; i++)
        {
            var id = items[i] is JObject ? items[i]["id"] as JValue : null;
            if (id == null || id.Type != JTokenType.Integer) return this.Unusable("eMabler returned a charging session without an integer id.");
            long value = (long)id;
            if (i > 0 && (descending ? value >= previous : value <= previous))
            {
                return this.Unusable("eMabler did not sort the charging sessions by id as requested; the trigger cannot continue safely.");
            }
            previous = value;
        }
        return items;
    }

    private JArray Unusable(string message)
    {
        this.failure = Problem(HttpStatusCode.BadGateway, "UnexpectedUpstreamAnswer", message);
        return null;
    }

    private bool OverBudget()
    {
        return this.watch.ElapsedMilliseconds > TimeBudgetMilliseconds;
    }

    // 200 with the sessions, or 202 when there are none; both with the next Location and Retry-After.
    private HttpResponseMessage Answer(JArray items, string state, bool caughtUp)
    {
        var response = new HttpResponseMessage(items.Count > 0 ? HttpStatusCode.OK : HttpStatusCode.Accepted);
        if (items.Count > 0) response.Content = CreateJsonContent(items.ToString(Formatting.None));
        response.Headers.Location = this.NextLocation(state);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(caughtUp ? IdleRetryAfterSeconds : 0));
        return response;
    }

    // The URI the platform called (the connector's endpoint) with the state parameter replaced; the
    // trigger's own inputs (site and charger filters) stay as they are.
    private Uri NextLocation(string state)
    {
        var original = this.Context.OriginalRequestUri;
        var kept = new List<string>();
        foreach (var pair in original.Query.TrimStart('?').Split('&'))
        {
            if (pair.Length == 0) continue;
            int eq = pair.IndexOf('=');
            if (Unescape(eq < 0 ? pair : pair.Substring(0, eq)) == StateParameter) continue;
            kept.Add(pair);
        }
        kept.Add(StateParameter + "=" + Uri.EscapeDataString(state));
        return new Uri(original.GetLeftPart(UriPartial.Path) + "?" + string.Join("&", kept));
    }

    private static HttpResponseMessage BadState(string state)
    {
        return Problem(HttpStatusCode.BadRequest, "InvalidTriggerState", "The trigger state \"" + (state.Length > 120 ? state.Substring(0, 120) : state) + "\" is not valid. Turn the flow off and on again, or re-create the trigger.");
    }

    private static HttpResponseMessage Problem(HttpStatusCode status, string code, string message)
    {
        var response = new HttpResponseMessage(status);
        response.Content = CreateJsonContent(new JObject { ["errorCode"] = code, ["message"] = message }.ToString(Formatting.None));
        return response;
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&'))
        {
            if (pair.Length == 0) continue;
            int eq = pair.IndexOf('=');
            result[Unescape(eq < 0 ? pair : pair.Substring(0, eq))] = eq < 0 ? string.Empty : Unescape(pair.Substring(eq + 1));
        }
        return result;
    }

    private static string Unescape(string text)
    {
        return Uri.UnescapeDataString(text.Replace('+', ' '));
    }

    private static string Get(Dictionary<string, string> query, string name)
    {
        string value;
        return query.TryGetValue(name, out value) ? value : null;
    }

    private static List<string> SplitList(string value)
    {
        var result = new List<string>();
        if (value == null) return result;
        foreach (var part in value.Split(','))
        {
            if (part.Trim().Length > 0) result.Add(part.Trim());
        }
        return result;
    }

    private static bool Number(string text, out long value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 19) return false;
        foreach (char c in text)
        {
            if (c < '0' || c > '9') return false;
        }
        return long.TryParse(text, out value);
    }

    // timestampEnd as UTC ticks; false while the session is ongoing (absent, null, unparsable or year 1).
    // ISO 8601 as xs:dateTime (XmlConvert: culture-invariant, up to 7 fractional digits); a value
    // without an offset is taken as UTC.
    private static bool EndTicks(JObject session, out long ticks)
    {
        ticks = 0;
        var end = session["timestampEnd"] as JValue;
        if (end == null || end.Type != JTokenType.String) return false;
        string text = (string)end;
        int t = text.IndexOf('T');
        if (t < 0) return false;
        if (!text.EndsWith("Z", StringComparison.OrdinalIgnoreCase) && text.IndexOf('+', t) < 0 && text.IndexOf('-', t) < 0) text += "Z";
        DateTimeOffset parsed;
        try
        {
            parsed = System.Xml.XmlConvert.ToDateTimeOffset(text);
        }
        catch (FormatException)
        {
            return false;
        }
        if (parsed.UtcDateTime.Year <= 1) return false;
        ticks = parsed.UtcTicks;
        return true;
    }

    private static long NowMs()
    {
        return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    }

    private static string Iso(long ms)
    {
        // "o" is culture-invariant (2026-10-01T06:00:00.1230000Z); whole milliseconds keep 3 digits.
        return DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("o").Substring(0, 23) + "Z";
    }
}

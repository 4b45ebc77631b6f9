using Gateway.Admin.Control;
using Gateway.Admin.Security;
using Gateway.Admin.Web;
using Gateway.Operations.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Gateway.Admin.Endpoints.RequestReader;

namespace Gateway.Admin.Endpoints;

/// <summary>The REST API under <c>/api</c> (docs/admin-api.md): one line per endpoint, the work in <see cref="GatewayControl"/>.</summary>
public static class AdminApi
{
    public static readonly string[] SessionActions = ["connect", "disconnect", "logon", "logout", "reset-seqnums", "test-request"];

    public static void Map(IEndpointRouteBuilder app, GatewayControl control, MessageSearch search, AuditTrail audit, AuditFilter filter)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(filter);

        api.MapGet("/status", async (HttpContext http) =>
        {
            // The caller's token name and role, so the console can say who is looking and what it may do.
            var identity = (AdminIdentity)http.Items[AuditFilter.IdentityKey]!;
            var status = await control.Status().ConfigureAwait(false);
            return Results.Json(
                status with { Who = identity.Name, Role = identity.Role == AdminRole.Operator ? "operator" : "read" },
                AdminJsonContext.Default.StatusView);
        });
        api.MapGet("/sessions", async () =>
            Results.Json(await control.Sessions().ConfigureAwait(false), AdminJsonContext.Default.IReadOnlyListSessionView));
        api.MapPost("/sessions/{name}/seqnums", (Delegate)SetSequenceNumbers).WithMetadata(new AuditAction("set-seqnums"));
        foreach (var action in SessionActions)
        {
            api.MapPost($"/sessions/{{name}}/{action}", async (string name, HttpContext http) =>
                AuditFilter.Respond(await control.SessionAction(name, action, WhoOf(http)).ConfigureAwait(false)))
                .WithMetadata(new AuditAction(action));
        }

        api.MapPost("/sessions/{name}/{action}", (string name, string action) =>
            AuditFilter.Error(404, $"no session action '{action}' (known: {string.Join(", ", SessionActions)}, seqnums)"))
            .WithMetadata(new AuditAction("session-action"));

        api.MapGet("/strategies", async () =>
            Results.Json(await control.Strategies().ConfigureAwait(false), AdminJsonContext.Default.IReadOnlyListStrategyView));
        api.MapGet("/orders", (Delegate)Orders);
        api.MapGet("/risk", () => Results.Json(control.RiskView(), AdminJsonContext.Default.RiskView));
        api.MapPut("/risk/limits", (Delegate)SetLimits).WithMetadata(new AuditAction("set-limits"));
        api.MapPost("/killswitch", (Delegate)KillSwitch).WithMetadata(new AuditAction("killswitch"));
        api.MapGet("/counters", () => Results.Json(control.Counters(), AdminJsonContext.Default.IReadOnlyDictionaryStringInt64));
        api.MapGet("/messages", (Delegate)Messages);
        api.MapGet("/audit", (HttpContext http) =>
            Results.Json(audit.Newest(QueryInt(http, "limit", 1, 100_000) ?? 200), AdminJsonContext.Default.IReadOnlyListAuditEntry));

        async Task<IResult> SetSequenceNumbers(string name, HttpContext http)
        {
            var body = await Body(http).ConfigureAwait(false);
            var sender = Long(body, "nextSenderSeqNum");
            var target = Long(body, "nextTargetSeqNum");
            return AuditFilter.Respond(await control.SetSequenceNumbers(name, sender, target).ConfigureAwait(false));
        }

        async Task<IResult> Orders(HttpContext http)
        {
            var strategy = QueryInt(http, "strategy", 0, int.MaxValue) ?? -1;
            var venue = VenueOf(control, Query(http, "venue"));
            var instrument = InstrumentOf(control, Query(http, "instrument"));
            var state = Query(http, "state") ?? "open";
            if (state is not ("open" or "all"))
            {
                throw new BadInput($"state: '{state}' is neither open nor all");
            }

            var limit = QueryInt(http, "limit", 1, OrderFilter.MaxLimit) ?? 200;
            var orders = await control.Orders(new OrderFilter(strategy, venue, instrument, state == "open", limit)).ConfigureAwait(false);
            return Results.Json(orders, AdminJsonContext.Default.IReadOnlyListOrderView);
        }

        async Task<IResult> SetLimits(HttpContext http)
        {
            var body = await Body(http).ConfigureAwait(false);
            var scope = RequestReader.String(body, "scope");
            var id = Int(body, "id");
            http.Items[AuditFilter.TargetKey] = $"{scope} {id}";
            return AuditFilter.Respond(control.SetLimits(scope, id, RequestReader.Object(body, "limits")));
        }

        async Task<IResult> KillSwitch(HttpContext http)
        {
            var body = await Body(http).ConfigureAwait(false);
            var level = RequestReader.String(body, "level");
            var id = Int(body, "id");
            var on = Bool(body, "on");
            http.Items[AuditFilter.TargetKey] = $"{level}{(id is null ? "" : " " + id)} {(on == true ? "on" : on == false ? "off" : "")}".Trim();
            return AuditFilter.Respond(control.KillSwitch(level, id, on));
        }

        IResult Messages(HttpContext http)
        {
            var session = Query(http, "session");
            if (session is not null && control.SessionNames.All(n => n != session))
            {
                return AuditFilter.Error(404, $"session: no session '{session}'");
            }

            var query = new MessageQuery
            {
                ClOrdId = Query(http, "clOrdId"),
                OrderId = Query(http, "orderId"),
                Session = session,
                From = QueryTime(http, "from"),
                To = QueryTime(http, "to"),
                Limit = QueryInt(http, "limit", 1, 10_000) ?? 100,
            };
            if (query.From > query.To)
            {
                throw new BadInput("from: after to");
            }

            return Results.Json(search.Find(query), AdminJsonContext.Default.IReadOnlyListFoundMessage);
        }
    }

    private static string WhoOf(HttpContext http) =>
        http.Items.TryGetValue(AuditFilter.IdentityKey, out var identity) && identity is AdminIdentity who ? who.Name : "unknown";

    /// <summary>A venue by id or name; −1 for none; 404-worthy names are bad input here (a filter, not a target).</summary>
    private static int VenueOf(GatewayControl control, string? text)
    {
        if (text is null)
        {
            return -1;
        }

        return control.VenueId(text) ?? throw new BadInput($"venue: no venue '{text}'");
    }

    private static int InstrumentOf(GatewayControl control, string? text)
    {
        if (text is null)
        {
            return -1;
        }

        return control.InstrumentId(text) ?? throw new BadInput($"instrument: no instrument '{text}'");
    }
}

using Gateway.Admin.Control;
using Gateway.Admin.Security;
using Gateway.Admin.Web;
using Microsoft.AspNetCore.Http;

namespace Gateway.Admin.Endpoints;

/// <summary>The action an endpoint performs, as the audit trail names it (<c>logon</c>, <c>killswitch</c>...).</summary>
public sealed record AuditAction(string Name);

/// <summary>
/// Every <c>/api</c> request passes here: the bearer token is checked (401 none or unknown, 403 a read token on an
/// action), each action (allowed or refused) and each refused read is appended to the audit trail, and bad input or
/// a thread that does not answer become 400 / 503 with a JSON error.
/// </summary>
public sealed class AuditFilter(AdminTokens tokens, AuditTrail audit, Serilog.ILogger log) : IEndpointFilter
{
    public const string TargetKey = "admin.audit.target";
    public const string IdentityKey = "admin.identity";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var isAction = !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method);
        var action = http.GetEndpoint()?.Metadata.GetMetadata<AuditAction>()?.Name
            ?? $"{http.Request.Method} {http.Request.Path}";
        var identity = tokens.Identify(http.Request.Headers.Authorization.ToString());
        if (identity is null)
        {
            Record(http, "unknown", action, "refused: 401 no or unknown token");
            return Error(401, "a valid API token is needed: Authorization: Bearer TOKEN");
        }

        if (isAction && identity.Role != AdminRole.Operator)
        {
            Record(http, identity.Name, action, "refused: 403 read-only token");
            return Error(403, $"'{identity.Name}' has a read-only token: {action} needs an operator token");
        }

        http.Items[IdentityKey] = identity;
        object? result;
        try
        {
            result = await next(context).ConfigureAwait(false);
        }
        catch (RequestReader.BadInput e)
        {
            result = Error(400, e.Message);
        }
        catch (Exception e) when (e is TimeoutException or ObjectDisposedException)
        {
            result = Error(503, "the gateway's thread did not answer (stopping or stalled)");
        }

        if (isAction)
        {
            Record(http, identity.Name, action, ResultText(result));
        }

        return result;
    }

    public static IResult Respond(ActionOutcome outcome) => outcome.IsOk
        ? Results.Json(new OkBody(outcome.Message), AdminJsonContext.Default.OkBody)
        : Error(outcome.Status, outcome.Message);

    public static IResult Error(int status, string message) =>
        Results.Json(new ErrorBody(message), AdminJsonContext.Default.ErrorBody, statusCode: status);

    private void Record(HttpContext http, string who, string action, string result)
    {
        var target = http.Items.TryGetValue(TargetKey, out var t) && t is string text ? text
            : http.Request.RouteValues.TryGetValue("name", out var name) && name is string session ? session
            : "";
        var entry = new AuditEntry(DateTimeOffset.UtcNow, who, action, target, result);
        try
        {
            audit.Append(entry);
        }
        catch (IOException e)
        {
            log.Error(e, "Admin audit trail: could not append {Action} by {Who}", action, who);
        }

        // Names only: the token itself never reaches a log.
        log.Information("Admin {Action} {Target} by {Who}: {Result}", action, target, who, result);
    }

    private static string ResultText(object? result) => result switch
    {
        IValueHttpResult { Value: OkBody ok } => "ok: " + ok.Result,
        IValueHttpResult { Value: ErrorBody error } and IStatusCodeHttpResult status => $"error {status.StatusCode}: {error.Error}",
        IStatusCodeHttpResult status => status.StatusCode is >= 200 and < 300 ? "ok" : $"error {status.StatusCode}",
        _ => "ok",
    };
}

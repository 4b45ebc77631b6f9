using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using Gateway.Config;
using Gateway.System.Tests.GatewayFlows;

namespace Gateway.System.Tests.Admin;

/// <summary>
/// A flow gateway (FIX simulator venue, gateway in process) with its admin console on a free loopback port, an
/// operator and a read-only token, and an HTTP client for the REST API.
/// </summary>
internal sealed class AdminGateway : IDisposable
{
    public const string OperatorName = "ops-alice";
    public const string OperatorToken = "operator-token-0123456789";
    public const string ReaderName = "support-bob";
    public const string ReadToken = "read-only-token-0123456789";
    public const string Session = "SIM-FIX44";

    private AdminGateway(FlowGateway flows)
    {
        Flows = flows;
        Address = flows.Host.AdminConsole!.Address;
        Http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public FlowGateway Flows { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public string AuditFile => Flows.Host.AdminConsole!.Audit.Path;

    public static AdminGateway Start(CancellationToken cancellation, FlowSetup? setup = null)
    {
        var flows = FlowGateway.Start((setup ?? new FlowSetup()) with
        {
            Configure = c => c with
            {
                Admin = new AdminConfig
                {
                    Listen = "127.0.0.1:0",
                    Tokens =
                    [
                        new AdminTokenConfig { Name = OperatorName, Token = OperatorToken, Role = "operator" },
                        new AdminTokenConfig { Name = ReaderName, Token = ReadToken, Role = "read" },
                    ],
                },
            },
        }, cancellation);
        return new AdminGateway(flows);
    }

    /// <summary>One request; the status and the body parsed as JSON (null when empty or not JSON).</summary>
    public Reply Call(HttpMethod method, string path, string? token = OperatorToken, string? body = null, CancellationToken cancellation = default)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = Http.Send(request, cancellation);
        var text = new StreamReader(response.Content.ReadAsStream(cancellation)).ReadToEnd();
        JsonNode? json = null;
        try
        {
            json = text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (global::System.Text.Json.JsonException)
        {
        }

        return new Reply(response.StatusCode, json, text, response.Content.Headers.ContentType?.MediaType);
    }

    public JsonNode Get(string path, CancellationToken cancellation = default, string token = OperatorToken)
    {
        var reply = Call(HttpMethod.Get, path, token, cancellation: cancellation);
        reply.Status.Should().Be(HttpStatusCode.OK, $"GET {path} answered {reply.Text}");
        return reply.Json!;
    }

    public Reply Post(string path, string body = "{}", string? token = OperatorToken, CancellationToken cancellation = default) =>
        Call(HttpMethod.Post, path, token, body, cancellation);

    public JsonObject SessionView(string name = Session, CancellationToken cancellation = default) =>
        Get("/api/sessions", cancellation).AsArray().OfType<JsonObject>().Single(s => (string?)s["name"] == name);

    public JsonArray Audit(CancellationToken cancellation = default) => Get("/api/audit", cancellation).AsArray();

    public void Dispose()
    {
        Http.Dispose();
        Flows.Dispose();
    }

    internal sealed record Reply(HttpStatusCode Status, JsonNode? Json, string Text, string? MediaType)
    {
        public string? Error => (string?)Json?["error"];

        public string? Result => (string?)Json?["result"];
    }
}

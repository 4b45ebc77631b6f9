using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Admin.Cli;

/// <summary>
/// <c>Gateway admin [--url URL] [--token TOKEN] [--json] COMMAND [ARGS]</c>: the admin REST API from a shell. The token
/// comes from <c>--token</c> or the environment variable <c>GATEWAY_ADMIN_TOKEN</c> (better: it stays out of the
/// shell's history and the process list). Exit code 0 on success, 1 when the gateway refuses or cannot be reached
/// (its message on stderr), 2 on a usage error.
/// </summary>
public static class AdminCommand
{
    public const string TokenVariable = "GATEWAY_ADMIN_TOKEN";
    public const string UrlVariable = "GATEWAY_ADMIN_URL";
    public const string DefaultUrl = "http://127.0.0.1:8080";

    public static readonly string[] Usage =
    [
        "  admin [--url URL] [--token TOKEN] [--json] COMMAND [ARGS]   (token also from env GATEWAY_ADMIN_TOKEN)",
        "       status | sessions | strategies | risk | counters [PREFIX] | audit [--limit N]",
        "       orders [--strategy ID] [--venue NAME] [--instrument ID|SYMBOL] [--state open|all] [--limit N]",
        "       messages [--clordid ID] [--orderid ID] [--session NAME] [--from TIME] [--to TIME] [--limit N]",
        "       logon | logout | connect | disconnect | reset-seqnums | test-request SESSION",
        "       set-seqnums SESSION [--sender N] [--target N]",
        "       kill global | kill strategy ID | kill venue ID   (release ...: the same, off)",
        "       set-limit strategy|account|instrument|venue ID NAME=VALUE...   (VALUE null turns a limit off)",
    ];

    private static readonly string[] SessionActions = ["logon", "logout", "connect", "disconnect", "reset-seqnums", "test-request"];

    /// <summary>Runs one command; <paramref name="handler"/> lets tests pass their own HTTP handler.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, HttpMessageHandler? handler = null)
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable) ?? DefaultUrl;
        var token = Environment.GetEnvironmentVariable(TokenVariable);
        var json = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--url" when i + 1 < args.Count:
                    url = args[++i];
                    break;
                case "--token" when i + 1 < args.Count:
                    token = args[++i];
                    break;
                case "--json":
                    json = true;
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        Request request;
        try
        {
            request = Parse(rest);
        }
        catch (UsageException e)
        {
            error.WriteLine(e.Message);
            foreach (var line in Usage)
            {
                error.WriteLine(line);
            }

            return 2;
        }

        if (string.IsNullOrEmpty(token))
        {
            error.WriteLine($"no token: give --token TOKEN or set {TokenVariable}");
            return 2;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var baseUri))
        {
            error.WriteLine($"--url '{url}' is not an absolute URL");
            return 2;
        }

        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.BaseAddress = baseUri;
        client.Timeout = TimeSpan.FromSeconds(15);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage response;
        string text;
        try
        {
            using var message = new HttpRequestMessage(request.Method, request.Path);
            if (request.Body is not null)
            {
                message.Content = new StringContent(request.Body.ToJsonString(), Encoding.UTF8, "application/json");
            }

            response = client.Send(message);
            using var reader = new StreamReader(response.Content.ReadAsStream());
            text = reader.ReadToEnd();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            error.WriteLine($"cannot reach the gateway at {baseUri}: {e.Message}");
            return 1;
        }

        JsonNode? body;
        try
        {
            body = text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (!response.IsSuccessStatusCode)
        {
            var reason = (body as JsonObject)?["error"]?.GetValue<string>() ?? text;
            error.WriteLine($"error {(int)response.StatusCode} ({response.ReasonPhrase}): {reason}");
            return 1;
        }

        if (json || body is null)
        {
            output.WriteLine(body?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? text);
            return 0;
        }

        try
        {
            request.Print(output, body);
        }
        catch (InvalidOperationException)
        {
            // Not the shape this CLI knows (another gateway version): the JSON as it came.
            output.WriteLine(body.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        return 0;
    }

    private static Request Parse(List<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("admin: which command?");
        }

        var command = args[0];
        var rest = args.Skip(1).ToList();
        switch (command)
        {
            case "status":
                return Get("/api/status", (o, b) => TablePrinter.Properties(o, b.AsObject()));
            case "sessions":
                return Get("/api/sessions", (o, b) => TablePrinter.Table(o, b.AsArray(),
                    ["name", "protocol", "state", "nextSenderSeqNum", "nextTargetSeqNum", "lastSentUtc", "lastReceivedUtc",
                     "heartbeatSeconds", "messagesInPerSecond", "messagesOutPerSecond"]));
            case "strategies":
                return Get("/api/strategies", (o, b) => TablePrinter.Table(o, b.AsArray(),
                    ["id", "name", "connected", "remote", "messagesIn", "messagesOut", "lastReceivedUtc", "openOrders", "killSwitch"]));
            case "orders":
                {
                    var query = Options(rest, "strategy", "venue", "instrument", "state", "limit");
                    return Get("/api/orders" + query, (o, b) => TablePrinter.Table(o, b.AsArray(),
                        ["gatewayOrderId", "strategy", "clientOrderId", "venueName", "symbol", "side", "quantity", "priceText", "filled",
                     "state", "venueOrderId", "updatedUtc"]));
                }

            case "risk":
                return Get("/api/risk", PrintRisk);
            case "counters":
                {
                    var prefix = rest.FirstOrDefault() ?? "";
                    return Get("/api/counters", (o, b) =>
                    {
                        foreach (var (name, value) in b.AsObject().Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)))
                        {
                            o.WriteLine($"{name} {TablePrinter.Text(value)}");
                        }
                    });
                }

            case "messages":
                {
                    var query = Options(rest, "clordid", "orderid", "session", "from", "to", "limit")
                        .Replace("clordid=", "clOrdId=", StringComparison.Ordinal).Replace("orderid=", "orderId=", StringComparison.Ordinal);
                    return Get("/api/messages" + query, (o, b) => TablePrinter.Table(o, b.AsArray(),
                        ["time", "session", "direction", "msgTypeName", "raw"]));
                }

            case "audit":
                return Get("/api/audit" + Options(rest, "limit"), (o, b) => TablePrinter.Table(o, b.AsArray(),
                    ["time", "who", "action", "target", "result"]));
            case var action when SessionActions.Contains(action):
                if (rest.Count != 1)
                {
                    throw new UsageException($"admin {action} SESSION: which session?");
                }

                return Post($"/api/sessions/{Uri.EscapeDataString(rest[0])}/{action}", []);
            case "set-seqnums":
                {
                    if (rest.Count < 1 || rest[0].StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new UsageException("admin set-seqnums SESSION [--sender N] [--target N]: which session?");
                    }

                    var body = new JsonObject();
                    var options = OptionValues(rest.Skip(1).ToList(), "sender", "target");
                    if (options.TryGetValue("sender", out var sender))
                    {
                        body["nextSenderSeqNum"] = Number(sender, "--sender");
                    }

                    if (options.TryGetValue("target", out var target))
                    {
                        body["nextTargetSeqNum"] = Number(target, "--target");
                    }

                    if (body.Count == 0)
                    {
                        throw new UsageException("admin set-seqnums: give --sender N, --target N or both");
                    }

                    return Post($"/api/sessions/{Uri.EscapeDataString(rest[0])}/seqnums", body);
                }

            case "kill" or "release":
                {
                    var body = new JsonObject { ["on"] = command == "kill" };
                    switch (rest)
                    {
                        case ["global"]:
                            body["level"] = "global";
                            break;
                        case ["strategy" or "venue", var id]:
                            body["level"] = rest[0];
                            body["id"] = Number(id, rest[0] + " id");
                            break;
                        default:
                            throw new UsageException($"admin {command} global | {command} strategy ID | {command} venue ID");
                    }

                    return Post("/api/killswitch", body);
                }

            case "set-limit":
                {
                    if (rest.Count < 3)
                    {
                        throw new UsageException("admin set-limit strategy|account|instrument|venue ID NAME=VALUE...");
                    }

                    var limits = new JsonObject();
                    foreach (var pair in rest.Skip(2))
                    {
                        var equals = pair.IndexOf('=', StringComparison.Ordinal);
                        if (equals <= 0)
                        {
                            throw new UsageException($"admin set-limit: '{pair}' is not NAME=VALUE");
                        }

                        limits[pair[..equals]] = Value(pair[(equals + 1)..]);
                    }

                    return new Request(HttpMethod.Put, "/api/risk/limits",
                        new JsonObject { ["scope"] = rest[0], ["id"] = Number(rest[1], "ID"), ["limits"] = limits }, PrintResult);
                }

            default:
                throw new UsageException($"admin: unknown command '{command}'");
        }
    }

    private static Request Get(string path, Action<TextWriter, JsonNode> print) => new(HttpMethod.Get, path, null, print);

    private static Request Post(string path, JsonObject body) => new(HttpMethod.Post, path, body, PrintResult);

    private static void PrintResult(TextWriter output, JsonNode body) =>
        output.WriteLine((body as JsonObject)?["result"]?.GetValue<string>() ?? body.ToJsonString());

    private static void PrintRisk(TextWriter output, JsonNode body)
    {
        var risk = body.AsObject();
        var kill = risk["killSwitches"]!.AsObject();
        output.WriteLine($"kill switches: global {TablePrinter.Text(kill["global"])}, strategies {TablePrinter.Text(kill["strategies"])}, venues {TablePrinter.Text(kill["venues"])}");
        output.WriteLine($"checks: {TablePrinter.Text(risk["checks"])}");
        output.WriteLine();
        TablePrinter.Table(output, risk["strategies"]!.AsArray(),
            ["id", "killSwitch", "usage.openOrders", "usage.openNotional", "usage.dailyNotional", "usage.rejected", "limits"]);
        output.WriteLine();
        TablePrinter.Table(output, risk["accounts"]!.AsArray(), ["id", "usage.openNotional", "usage.dailyNotional", "limits"]);
        output.WriteLine();
        TablePrinter.Table(output, risk["instruments"]!.AsArray(), ["id", "limits"]);
        output.WriteLine();
        TablePrinter.Table(output, risk["venues"]!.AsArray(), ["id", "killSwitch", "limits"]);
    }

    /// <summary><c>--name value</c> pairs as a query string (only the names given).</summary>
    private static string Options(List<string> args, params string[] names)
    {
        var values = OptionValues(args, names);
        return values.Count == 0 ? "" : "?" + string.Join("&", values.Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"));
    }

    private static Dictionary<string, string> OptionValues(List<string> args, params string[] names)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || !names.Contains(name) || i + 1 >= args.Count)
            {
                throw new UsageException($"admin: unexpected '{args[i]}' (options: {string.Join(", ", names.Select(n => "--" + n + " VALUE"))})");
            }

            values[name] = args[++i];
        }

        return values;
    }

    private static long Number(string text, string what) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"admin: {what} '{text}' is not a whole number");

    /// <summary>A limit's value: null, true/false, a number, a JSON object (a message rate), or else a string.</summary>
    private static JsonNode? Value(string text)
    {
        if (text is "null" or "off")
        {
            return null;
        }

        if (text is "true" or "false" || decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            || text.StartsWith('{') || text.StartsWith('['))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw new UsageException($"admin set-limit: '{text}' is not valid JSON");
            }
        }

        return JsonValue.Create(text);
    }

    private sealed record Request(HttpMethod Method, string Path, JsonObject? Body, Action<TextWriter, JsonNode> Print);

    private sealed class UsageException(string message) : Exception(message);
}

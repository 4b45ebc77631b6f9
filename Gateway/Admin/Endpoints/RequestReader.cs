using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Gateway.Admin.Endpoints;

/// <summary>
/// Reads request bodies and query strings by hand, so that every bad input is a 400 naming its field (the framework's
/// binding would answer before authentication and the audit trail, with a text of its own).
/// </summary>
public static class RequestReader
{
    public sealed class BadInput(string message) : Exception(message);

    public static async Task<JsonObject> Body(HttpContext http)
    {
        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new BadInput($"body: not JSON ({e.Message})");
        }

        return node as JsonObject ?? throw new BadInput("body: a JSON object is expected");
    }

    public static long? Long(JsonObject body, string field)
    {
        var node = body[field];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<long>(out var number))
        {
            return number;
        }

        throw new BadInput($"{field}: {node.ToJsonString()} is not a whole number");
    }

    public static int? Int(JsonObject body, string field)
    {
        var number = Long(body, field);
        return number is null ? null
            : number is >= int.MinValue and <= int.MaxValue ? (int)number
            : throw new BadInput($"{field}: {number} is out of range");
    }

    public static bool? Bool(JsonObject body, string field)
    {
        var node = body[field];
        if (node is null)
        {
            return null;
        }

        return node is JsonValue value && value.TryGetValue<bool>(out var flag)
            ? flag
            : throw new BadInput($"{field}: {node.ToJsonString()} is not true or false");
    }

    public static string? String(JsonObject body, string field)
    {
        var node = body[field];
        if (node is null)
        {
            return null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new BadInput($"{field}: {node.ToJsonString()} is not a string");
    }

    public static JsonObject? Object(JsonObject body, string field)
    {
        var node = body[field];
        return node is null ? null : node as JsonObject ?? throw new BadInput($"{field}: an object is expected");
    }

    public static string? Query(HttpContext http, string name)
    {
        var value = http.Request.Query[name].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public static int? QueryInt(HttpContext http, string name, int min, int max)
    {
        var text = Query(http, name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw new BadInput($"{name}: '{text}' is not a whole number");
        }

        if (value < min || value > max)
        {
            throw new BadInput($"{name}: {value} is outside {min}..{max}");
        }

        return value;
    }

    public static DateTimeOffset? QueryTime(HttpContext http, string name)
    {
        var text = Query(http, name);
        if (text is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new BadInput($"{name}: '{text}' is not an ISO-8601 time");
    }
}

namespace Gateway.Admin.Control;

/// <summary>What an admin action came to: an HTTP status (200, 400, 404, 409, 503) and a message for the operator.</summary>
public sealed record ActionOutcome(int Status, string Message)
{
    public bool IsOk => Status == 200;

    public static ActionOutcome Ok(string message) => new(200, message);

    public static ActionOutcome BadRequest(string message) => new(400, message);

    public static ActionOutcome NotFound(string message) => new(404, message);

    public static ActionOutcome Conflict(string message) => new(409, message);

    public static ActionOutcome Unavailable(string message) => new(503, message);
}

using Gateway.Api.Protocol;

namespace Gateway.Api.Client;

public enum LoginOutcome : byte
{
    LoggedIn = 1,

    /// <summary>The gateway refused the login and closed the connection: <see cref="LoginResult.Error"/> and <see cref="LoginResult.Text"/> say why.</summary>
    Rejected = 2,

    /// <summary>No answer within the timeout; the connection is closed.</summary>
    TimedOut = 3,

    /// <summary>The connection ended before an answer came.</summary>
    Disconnected = 4,
}

/// <summary>The answer to <see cref="GatewayClient.Login"/>. <see cref="Error"/> is the gateway's error code on a reject (BadToken, UnknownStrategy, AlreadyLoggedIn), 0 otherwise.</summary>
public readonly record struct LoginResult(LoginOutcome Outcome, ErrorCode Error, string Text)
{
    public bool IsLoggedIn => Outcome == LoginOutcome.LoggedIn;

    public override string ToString() => Error == 0 ? $"{Outcome}: {Text}" : $"{Outcome} ({Error}): {Text}";
}

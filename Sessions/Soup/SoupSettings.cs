namespace Gateway.Sessions.Soup;

/// <summary>Timers and limits both sides share.</summary>
public abstract record SoupSettingsBase
{
    /// <summary>A heartbeat goes out after this long without sending anything (spec: 1 s).</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The link is dropped after this long without receiving anything (spec: 15 s).</summary>
    public TimeSpan ReceiveTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The largest length field accepted (type byte plus payload); past it the stream is dropped as unframable.</summary>
    public int MaxPacketLength { get; init; } = 4096;

    /// <summary>
    /// Packets handled per duty cycle at most: a flood (a long replay) leaves the rest in the receive buffer for the
    /// next cycles, so the thread that drives the session also gets to its other work (and to draining what the
    /// packets handed over).
    /// </summary>
    public int MaxPacketsPerCycle { get; init; } = 256;

    internal long HeartbeatNanos => HeartbeatInterval.Ticks * 100;

    internal long TimeoutNanos => ReceiveTimeout.Ticks * 100;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPacketLength, SoupLayout.LoginRequestPacketLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxPacketLength, SoupLayout.MaxLengthField);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPacketsPerCycle, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(HeartbeatInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ReceiveTimeout, TimeSpan.Zero);
    }
}

/// <summary>A client's login: what it sends in its Login Request.</summary>
public sealed record SoupClientSettings : SoupSettingsBase
{
    /// <summary>Alpha 6.</summary>
    public required string Username { get; init; }

    /// <summary>Alpha 10.</summary>
    public required string Password { get; init; }

    /// <summary>Alpha 10; blank asks for the server's current session.</summary>
    public string Session { get; init; } = "";
}

/// <summary>A server's one session and the credentials it accepts.</summary>
public sealed record SoupServerSettings : SoupSettingsBase
{
    public required string Username { get; init; }

    public required string Password { get; init; }

    /// <summary>The session name given in Login Accepted (alpha 10).</summary>
    public required string Session { get; init; }

    /// <summary>Stored messages sent per duty cycle while replaying, so one client's replay does not starve the rest.</summary>
    public int MaxReplayPerCycle { get; init; } = 256;
}

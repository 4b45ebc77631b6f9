using System.Net;
using Serilog;

namespace Gateway.Clients;

/// <summary>Settings of the binary order API's listener (<see cref="ClientServer"/>).</summary>
public sealed record ClientServerOptions
{
    /// <summary>The address to listen on: loopback unless strategies run on other hosts.</summary>
    public IPAddress ListenAddress { get; init; } = IPAddress.Loopback;

    /// <summary>0 picks a free port (read it from <see cref="ClientServer.Port"/>).</summary>
    public int Port { get; init; }

    /// <summary>Strategy id → login token (at most 32 ASCII characters). A strategy not listed cannot log in.</summary>
    public IReadOnlyDictionary<int, string> Tokens { get; init; } = new Dictionary<int, string>();

    /// <summary>A heartbeat goes to a logged-in strategy when nothing else was sent to it for this long.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A connection that sent nothing (heartbeats included) for this long is dropped.</summary>
    public TimeSpan SilenceTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Per connection; at least 2 × the largest message.</summary>
    public int ReceiveBufferSize { get; init; } = 16 * 1024;

    /// <summary>Per connection: the bytes that may wait for a slow reader; past this the connection is dropped (slow consumer).</summary>
    public int SendBufferSize { get; init; } = 256 * 1024;

    /// <summary>Connections beyond this are accepted and closed at once (logged and counted).</summary>
    public int MaxConnections { get; init; } = 64;

    /// <summary>Connections accepted per duty cycle at most, so a connect storm cannot starve the connected strategies.</summary>
    public int MaxAcceptsPerCycle { get; init; } = 4;

    /// <summary>Connection events only (connect, login, errors, drops): never per order.</summary>
    public ILogger Logger { get; init; } = Serilog.Core.Logger.None;
}

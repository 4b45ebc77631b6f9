namespace Gateway.Clients;

/// <summary>A configured strategy's connection as the admin console shows it (a snapshot taken on the I/O thread).</summary>
/// <param name="SinceLastReceived">Time since the strategy last sent anything; null when it is not connected.</param>
public sealed record StrategyConnectionInfo(
    int StrategyId, bool LoggedIn, string? Remote, long MessagesIn, long MessagesOut, TimeSpan? SinceLastReceived);

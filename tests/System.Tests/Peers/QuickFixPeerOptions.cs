namespace Gateway.System.Tests.Peers;

/// <summary>Which Debian QuickFIX C++ example runs as the venue.</summary>
public enum QuickFixApp
{
    /// <summary>Fills every limit order at once (FIX 4.0-4.4, FIXT.1.1).</summary>
    Executor,

    /// <summary>A price-time order book that crosses clients' orders (FIX 4.2 only); reads commands on stdin.</summary>
    OrderMatch,
}

/// <summary>How to start a <see cref="QuickFixPeer"/>.</summary>
public sealed record QuickFixPeerOptions
{
    public QuickFixApp App { get; init; } = QuickFixApp.Executor;

    /// <summary>FIX.4.2, FIX.4.4 or FIXT.1.1 (ordermatch only trades FIX.4.2).</summary>
    public string BeginString { get; init; } = "FIX.4.4";

    /// <summary>With FIXT.1.1: the application version the peer assumes (FIX.5.0, FIX.5.0SP2, ...).</summary>
    public string DefaultApplVerId { get; init; } = "FIX.5.0";

    /// <summary>The venue's CompID: tag 49 on what the peer sends.</summary>
    public string SenderCompId { get; init; } = "EXEC";

    /// <summary>The clients' CompIDs (tag 56 on what the peer sends): one [SESSION] each.</summary>
    public IReadOnlyList<string> TargetCompIds { get; init; } = ["CLIENT"];

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>Extra key=value lines for [DEFAULT], e.g. ("HeartBtInt", "2") or ("ResetOnLogon", "Y").</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExtraSettings { get; init; } = [];

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(15);
}

using Gateway.Api.Protocol;

namespace Gateway.Certification;

/// <summary>One line of a case: something to do or something to wait for. <see cref="Text"/> is the line as written.</summary>
public abstract record ScenarioStep(int Line, string Text);

/// <summary><c>new o1 buy 100 AAPL limit 190.01 day</c>: a new order, named by its label for later steps.</summary>
public sealed record NewOrderStep(int Line, string Text, string Label, Side Side, long Quantity, string Symbol,
    OrderType OrderType, decimal Price, TimeInForce TimeInForce) : ScenarioStep(Line, Text);

/// <summary><c>cancel o1</c>.</summary>
public sealed record CancelStep(int Line, string Text, string Label) : ScenarioStep(Line, Text);

/// <summary><c>replace o1 as o2 150 limit 189.50</c>: new total quantity and (optionally) price; the order becomes o2.</summary>
public sealed record ReplaceStep(int Line, string Text, string Label, string NewLabel, long Quantity, decimal? Price)
    : ScenarioStep(Line, Text);

/// <summary><c>mass-cancel [SYMBOL]</c>: the strategy's open orders on the venue (of one instrument).</summary>
public sealed record MassCancelStep(int Line, string Text, string? Symbol) : ScenarioStep(Line, Text);

public enum SessionAction : byte
{
    Logout = 1,
    Logon = 2,
    Disconnect = 3,
    Reset = 4,
    SetNextSender = 5,
    SetNextTarget = 6,
}

/// <summary><c>session logout</c>, <c>session set-next-sender 40</c>...: an action on the gateway's venue session.</summary>
public sealed record SessionStep(int Line, string Text, SessionAction Action, int Value) : ScenarioStep(Line, Text);

public enum VenueFault : byte
{
    /// <summary>The venue closes the connection (no Logout).</summary>
    Drop = 1,

    /// <summary>The venue's next MsgSeqNum jumps by Value.</summary>
    SkipSeqNums = 2,

    /// <summary>Nothing from the venue reaches the gateway any more (heartbeat loss); the gateway's side still flows.</summary>
    Mute = 3,

    Unmute = 4,

    /// <summary>Share of new orders the venue rejects (Value in per mille).</summary>
    RejectRatio = 5,

    /// <summary>Delay before each venue answer, Value in microseconds.</summary>
    LatencyMicros = 6,
}

/// <summary><c>venue drop</c>, <c>venue mute</c>...: a fault of our simulator (not possible against a foreign peer).</summary>
public sealed record VenueStep(int Line, string Text, VenueFault Fault, long Value) : ScenarioStep(Line, Text);

/// <summary>Something to wait for, up to <see cref="Timeout"/> (null: the file's default).</summary>
public abstract record ExpectStep(int Line, string Text, TimeSpan? Timeout) : ScenarioStep(Line, Text);

public enum OrderEvent : byte
{
    Accepted = 1,
    VenueAccepted = 2,
    PartialFill = 3,
    Fill = 4,
    Canceled = 5,
    Replaced = 6,
    Rejected = 7,
    CancelRejected = 8,
}

/// <summary>
/// <c>expect o1 fill 100 at 190.01</c>, <c>expect o1 rejected RiskCheck check StrategyMaxOrderQuantity</c>: a
/// message the strategy receives about an order. Optional parts not given are not checked.
/// </summary>
public sealed record ExpectOrderStep(int Line, string Text, TimeSpan? Timeout, string Label, OrderEvent Event) : ExpectStep(Line, Text, Timeout)
{
    public long? Quantity { get; init; }

    public decimal? Price { get; init; }

    /// <summary>RejectReason (rejected, cancel-rejected) or CancelReason (canceled) by name.</summary>
    public string? Reason { get; init; }

    /// <summary>The risk check that refused the order, by name (<c>check PriceCollar</c>).</summary>
    public string? Check { get; init; }

    /// <summary>Text the reject's text must contain (<c>text "unknown symbol"</c>).</summary>
    public string? TextContains { get; init; }
}

/// <summary><c>expect venue up</c> / <c>expect venue down</c>: the gateway tells the strategy about the venue.</summary>
public sealed record ExpectVenueStatusStep(int Line, string Text, TimeSpan? Timeout, bool Up) : ExpectStep(Line, Text, Timeout);

/// <summary><c>expect session logged-on</c> / <c>logged-out</c>: the gateway's venue session's state.</summary>
public sealed record ExpectSessionStateStep(int Line, string Text, TimeSpan? Timeout, bool LoggedOn) : ExpectStep(Line, Text, Timeout);

/// <summary><c>expect session next-sender &gt;= 10</c> (or next-target; =, &lt;=, &gt;=).</summary>
public sealed record ExpectSeqNumStep(int Line, string Text, TimeSpan? Timeout, bool Sender, string Operator, int Value)
    : ExpectStep(Line, Text, Timeout);

/// <summary>
/// <c>expect log out 2</c>, <c>expect log in 4 123=Y</c>: a message of this type (and these fields), sent (out) or
/// received (in) by the gateway's venue session since the case began, in the session's message log.
/// </summary>
public sealed record ExpectLogStep(int Line, string Text, TimeSpan? Timeout, bool Outgoing, string MsgType,
    IReadOnlyList<KeyValuePair<int, string>> Fields) : ExpectStep(Line, Text, Timeout);

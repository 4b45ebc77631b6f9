namespace Gateway.Operations.Search;

/// <summary>What to look for in the sessions' message logs; every condition given must hold.</summary>
public sealed record MessageQuery
{
    /// <summary>FIX ClOrdID (11), OrigClOrdID (41) or OUCH order token / UserRefNum.</summary>
    public string? ClOrdId { get; init; }

    /// <summary>The venue's order id: FIX OrderID (37), OUCH Order Reference Number.</summary>
    public string? OrderId { get; init; }

    /// <summary>A session's name as <c>/api/sessions</c> lists it.</summary>
    public string? Session { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public int Limit { get; init; } = 100;
}

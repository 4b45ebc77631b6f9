using Gateway.Sessions.Fix.Config;

namespace Gateway.Venues.Fix;

/// <summary>A field a venue wants on every message of a kind, as configured: ExDestination (100), a custom tag.</summary>
public readonly record struct FixTag(int Tag, string Value);

/// <summary>
/// One FIX venue: which session of the engine carries its orders and how requests become its messages.
/// Cold: read once when the adapter is built (everything is turned into bytes then).
/// </summary>
public sealed record FixVenueOptions
{
    public required int VenueId { get; init; }

    public required string Name { get; init; }

    /// <summary>The session (as the engine's settings name it) that carries this venue's orders.</summary>
    public required FixSessionId SessionId { get; init; }

    /// <summary>InstrumentId → the venue's Symbol (55). An instrument not listed here is <see cref="VenueSendResult.Invalid"/>.</summary>
    public required IReadOnlyDictionary<int, string> Symbols { get; init; }

    /// <summary>InstrumentId → SecurityID (48), written with <see cref="SecurityIdSource"/> (22) when both are set.</summary>
    public IReadOnlyDictionary<int, string> SecurityIds { get; init; } = new Dictionary<int, string>();

    /// <summary>SecurityIDSource (22; IDSource in 4.2), e.g. "4" ISIN, "8" exchange symbol; null: no 48/22.</summary>
    public string? SecurityIdSource { get; init; }

    /// <summary>AccountId → Account (1); an account not listed goes without tag 1.</summary>
    public IReadOnlyDictionary<int, string> Accounts { get; init; } = new Dictionary<int, string>();

    /// <summary>Added at the end of every NewOrderSingle (D).</summary>
    public IReadOnlyList<FixTag> NewOrderTags { get; init; } = [];

    /// <summary>Added at the end of every OrderCancelRequest (F).</summary>
    public IReadOnlyList<FixTag> CancelTags { get; init; } = [];

    /// <summary>Added at the end of every OrderCancelReplaceRequest (G).</summary>
    public IReadOnlyList<FixTag> ReplaceTags { get; init; } = [];

    /// <summary>
    /// HandlInst (21) on D and G for FIX 4.2 (required there) and 4.4; not written for FIX 5.0 (FIXT).
    /// '\0' leaves it off 4.4 messages (4.2 requires it: '1' is written then).
    /// </summary>
    public char HandlInst { get; init; } = '1';

    /// <summary>Write OrderID (37) on F and G when the request carries the venue's order id.</summary>
    public bool SendOrderIdOnCancelReplace { get; init; } = true;
}

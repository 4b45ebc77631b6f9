using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Venues.Fix;

/// <summary>The application version a venue session speaks: it decides which fields requests carry and how reports read.</summary>
public enum FixDialect : byte
{
    /// <summary>FIX.4.2 (and 4.0/4.1 read the same way): HandlInst required on D and G, ExecTransType (20) on reports.</summary>
    Fix42 = 1,

    /// <summary>FIX.4.3 and FIX.4.4: ExecType F is a trade, no ExecTransType.</summary>
    Fix44 = 2,

    /// <summary>FIXT.1.1 with a FIX 5.0 application version (DefaultApplVerID 7, 8, 9 = 5.0SP2): as 4.4, without HandlInst.</summary>
    Fix50 = 3,
}

internal static class FixDialects
{
    /// <summary>
    /// FIX 4.x by BeginString; FIXT.1.1 by DefaultApplVerID (1137): 2–4 (FIX 4.0–4.2) → 4.2, 5–6 (4.3, 4.4) → 4.4,
    /// anything else (7–9, not set) → 5.0.
    /// </summary>
    public static FixDialect Of(FixSessionId id, string defaultApplVerId = "")
    {
        if (id.IsFixt)
        {
            return ApplVerIds.ToWire(defaultApplVerId) switch
            {
                "2" or "3" or "4" => FixDialect.Fix42,
                "5" or "6" => FixDialect.Fix44,
                _ => FixDialect.Fix50,
            };
        }

        return string.CompareOrdinal(id.BeginString, "FIX.4.3") >= 0 ? FixDialect.Fix44 : FixDialect.Fix42;
    }
}

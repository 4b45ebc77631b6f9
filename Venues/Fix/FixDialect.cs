using Gateway.Sessions.Fix.Config;

namespace Gateway.Venues.Fix;

/// <summary>The application version a venue session speaks: it decides which fields requests carry and how reports read.</summary>
public enum FixDialect : byte
{
    /// <summary>FIX.4.2 (and 4.0/4.1 read the same way): HandlInst required on D and G, ExecTransType (20) on reports.</summary>
    Fix42 = 1,

    /// <summary>FIX.4.3 and FIX.4.4: ExecType F is a trade, no ExecTransType.</summary>
    Fix44 = 2,

    /// <summary>FIXT.1.1 with a FIX 5.0 application version (DefaultApplVerID 9 = 5.0SP2): as 4.4, without HandlInst.</summary>
    Fix50 = 3,
}

internal static class FixDialects
{
    public static FixDialect Of(FixSessionId id)
    {
        if (id.IsFixt)
        {
            return FixDialect.Fix50;
        }

        return string.CompareOrdinal(id.BeginString, "FIX.4.3") >= 0 ? FixDialect.Fix44 : FixDialect.Fix42;
    }
}

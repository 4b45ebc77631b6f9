namespace Gateway.Sessions.Fix.Store;

/// <summary>How the stores read a ResendRequest-style range.</summary>
internal static class StoreRange
{
    /// <summary>The last seqNum to include: EndSeqNo 0 (FIX 4.2+) or int.MaxValue means "to the end".</summary>
    public static int LastOf(int end) => end <= 0 ? int.MaxValue : end;
}

namespace Gateway.Sessions.Concurrency;

/// <summary>What a producer's claim on a ring got: the slots, or nothing because consumers are a lap behind.</summary>
public enum ClaimResult
{
    /// <summary>The sequence(s) are the producer's to write and publish.</summary>
    Claimed = 0,

    /// <summary>The ring is full of entries some consumer has not finished: nothing was claimed; try again later.</summary>
    BackPressured = 1,
}

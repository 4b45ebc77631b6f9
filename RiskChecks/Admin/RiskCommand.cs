namespace Gateway.RiskChecks.Admin;

public enum KillSwitchLevel : byte
{
    Global = 0,
    Strategy = 1,
    Venue = 2,
}

internal enum RiskCommandKind : byte
{
    /// <summary>Payload: a whole new <see cref="Config.RiskLimits"/> (same capacity).</summary>
    SetLimits,

    /// <summary>Payload: one entity's limits record.</summary>
    SetStrategy,
    SetAccount,
    SetInstrument,
    SetVenue,

    /// <summary>Level in <see cref="RiskCommand.Level"/>, id in <see cref="RiskCommand.Id"/>, on or off in <see cref="RiskCommand.On"/>.</summary>
    KillSwitch,

    /// <summary>Instrument <see cref="RiskCommand.Id"/>, fixed-point price in <see cref="RiskCommand.Value"/>.</summary>
    SetReferencePrice,

    /// <summary>Account <see cref="RiskCommand.Id"/>, instrument <see cref="RiskCommand.Id2"/>, position in <see cref="RiskCommand.Value"/>.</summary>
    SetPosition,

    ResetDailyUsage,
    ResetThrottles,
}

/// <summary>
/// One change the admin side asks of the risk thread, as a value: kind, ids, a number, and for limit changes
/// the (immutable, validated) configuration record.
/// </summary>
internal readonly record struct RiskCommand(
    RiskCommandKind Kind,
    int Id = 0,
    int Id2 = 0,
    long Value = 0,
    bool On = false,
    KillSwitchLevel Level = KillSwitchLevel.Global,
    object? Payload = null);

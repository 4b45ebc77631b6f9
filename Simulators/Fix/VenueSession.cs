using Gateway.Sessions.Fix.Session;

namespace Gateway.Simulators.Fix;

/// <summary>The simulator's view of one of its sessions: its index (the order owner), version and fault counters.</summary>
internal sealed class VenueSession(FixSession session, int index)
{
    public FixSession Session => session;

    public int Index => index;

    /// <summary>FIX 4.2 and older: ExecTransType (20) and ExecType 1/2 for trades.</summary>
    public bool IsFix42 { get; } = !session.Id.IsFixt && string.CompareOrdinal(session.Id.BeginString, "FIX.4.3") < 0;

    /// <summary>Application messages received on the current connection (for the drop-after-N fault).</summary>
    public int Received { get; set; }

    /// <summary>Application messages sent since the simulator started (for the gap-every-N fault).</summary>
    public long Sent { get; set; }

    /// <summary>Drop the connection at the end of this duty cycle (not from inside the session's own callback).</summary>
    public bool DropPending { get; set; }
}

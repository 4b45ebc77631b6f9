using Gateway.Simulators.Ouch;

namespace Gateway.Certification;

/// <summary>Faults of the in-process OUCH simulator (reject ratio, latency) and of the relay in front of it (mute, drop).</summary>
internal sealed class OuchSimulatorFaults(OuchVenueSimulator simulator, FaultRelay relay) : IVenueFaults
{
    public string? Apply(VenueFault fault, long value)
    {
        switch (fault)
        {
            case VenueFault.Drop:
                relay.DropAll();
                break;
            case VenueFault.Mute:
                relay.Muted = true;
                break;
            case VenueFault.Unmute:
                relay.Muted = false;
                break;
            case VenueFault.RejectRatio:
                simulator.RejectRatio = value / 1000.0;
                break;
            case VenueFault.LatencyMicros:
                simulator.LatencyMicros = value;
                break;
            default:
                return $"the OUCH simulator has no fault '{fault}' (SoupBinTCP has no sequence numbers on the client's side to skip)";
        }

        return null;
    }

    public void Clear()
    {
        relay.Muted = false;
        simulator.RejectRatio = 0;
        simulator.LatencyMicros = 0;
    }
}

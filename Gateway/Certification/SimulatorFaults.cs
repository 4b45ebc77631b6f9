using Gateway.Simulators.Fix;

namespace Gateway.Certification;

/// <summary>
/// Faults of the in-process FIX simulator (reject ratio, latency, sequence gaps) and of the relay in front of the
/// certified venue's connection (mute, drop: these touch that venue only).
/// </summary>
internal sealed class SimulatorFaults(FixVenueSimulator simulator, FaultRelay relay, string gatewayCompId) : IVenueFaults
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
            case VenueFault.SkipSeqNums:
                simulator.SkipSequenceNumbers((int)value, gatewayCompId);
                break;
            case VenueFault.RejectRatio:
                simulator.RejectRatio = value / 1000.0;
                break;
            case VenueFault.LatencyMicros:
                simulator.LatencyMicros = value;
                break;
            default:
                return $"unknown fault {fault}";
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

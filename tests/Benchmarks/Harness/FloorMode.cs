using Gateway.Benchmarks.Floor;

namespace Gateway.Benchmarks.Harness;

/// <summary>The machine's loopback TCP round-trip floor: what every other latency figure should be read against.</summary>
public sealed class FloorMode : IBenchmarkMode
{
    public string Name => "floor";

    public string Summary => "loopback TCP ping-pong, busy-polling and blocking [--round-trips N --warmup N --size B]";

    public void Run(ModeArguments arguments, FigureReport report)
    {
        var options = new TcpFloorOptions
        {
            RoundTrips = arguments.GetInt("round-trips", TcpFloorOptions.DefaultRoundTrips),
            WarmupRoundTrips = arguments.GetInt("warmup", TcpFloorOptions.DefaultWarmupRoundTrips),
            MessageBytes = arguments.GetInt("size", TcpFloorOptions.DefaultMessageBytes),
        };
        TcpFloorFigures.Measure(options, report, Console.Out);
    }
}

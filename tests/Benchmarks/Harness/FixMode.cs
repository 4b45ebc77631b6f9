using Gateway.Benchmarks.Floor;

namespace Gateway.Benchmarks.Harness;

/// <summary>The FIX engine's figures (codec parse/encode, later session round trips) beside the TCP floor.</summary>
public sealed class FixMode : IBenchmarkMode
{
    public string Name => "fix";

    public string Summary => "FIX codec figures with the TCP floor beside them [--round-trips N for the floor]";

    public void Run(ModeArguments arguments, FigureReport report)
    {
        FixFigures.Measure(arguments, report, Console.Out);
        var floor = new TcpFloorOptions
        {
            RoundTrips = arguments.GetInt("round-trips", TcpFloorOptions.DefaultRoundTrips),
        };
        TcpFloorFigures.Measure(floor, report, Console.Out);
    }
}

using Gateway.Benchmarks.Floor;

namespace Gateway.Benchmarks.Harness;

/// <summary>
/// The FIX engine's figures beside the TCP floor measured in the same run: parse+validate and encode of a
/// NewOrderSingle, then round trips with busy-spinning and with the default (back-off) engine threads.
/// </summary>
public sealed class FixMode : IBenchmarkMode
{
    public string Name => "fix";

    public string Summary => "FIX parse/validate/encode and NOS→ER round trips beside the TCP floor [--round-trips N --warmup N --pin 1|0 --codec 0 --floor 0 --rtt 0 to skip parts; --rtt 0 --floor 0 gives the codec figures alone]";

    public void Run(ModeArguments arguments, FigureReport report)
    {
        if (arguments.GetInt("codec", 1) != 0)
        {
            FixFigures.MeasureCodec(report, Console.Out);
        }

        if (arguments.GetInt("floor", 1) != 0)
        {
            var floor = new TcpFloorOptions
            {
                RoundTrips = arguments.GetInt("round-trips", TcpFloorOptions.DefaultRoundTrips),
            };
            TcpFloorFigures.Measure(floor, report, Console.Out);
        }

        if (arguments.GetInt("rtt", 1) != 0)
        {
            FixFigures.MeasureRoundTrips(arguments, report, Console.Out);
            FixFigures.AddRatios(report);
        }
    }
}

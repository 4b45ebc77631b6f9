using Gateway.Benchmarks.Floor;
using Gateway.Benchmarks.Harness;
using Gateway.Benchmarks.Pipeline;
using Gateway.Hosting;

namespace Gateway.Benchmarks.Ouch;

/// <summary>
/// Issue 4 §5 in one run: the OUCH codecs (encode Enter Order, decode Executed, bytes per message; targets ≤ 50 ns and
/// 0 bytes), the machine's TCP floor, then the gateway's wire-to-wire time to an OUCH 4.2 venue over real sockets at
/// a fixed rate (last: a gateway that falls behind is left running until the process exits).
/// </summary>
public sealed class OuchMode : IBenchmarkMode
{
    public string Name => "ouch";

    public string Summary =>
        "OUCH codecs (ns, bytes), TCP floor, gateway wire-to-wire to an OUCH 4.2 venue at a fixed rate " +
        "[--iterations N --rate N --seconds N --warmup-seconds N --dedicated 1|0; --codec 0, --floor 0, --w2w 0 skip a part]";

    public void Run(ModeArguments arguments, FigureReport report)
    {
        var progress = Console.Out;
        progress.WriteLine($"machine: {Environment.ProcessorCount} cores, load {MachineLoad.OneMinute():0.0}");
        if (arguments.GetInt("codec", 1) != 0)
        {
            OuchCodecFigures.Measure(arguments.GetInt("iterations", OuchCodecFigures.DefaultIterations), report, progress);
        }

        if (arguments.GetInt("floor", 1) != 0)
        {
            var floor = TcpPingPong.Run(new TcpFloorOptions(), ReceiveWait.Spin);
            progress.WriteLine(
                $"tcp_floor_spin: {floor.Count} round trips: p50 {floor.ValueAtPercentile(50) / 1000.0:0.0} us, " +
                $"p99 {floor.ValueAtPercentile(99) / 1000.0:0.0} us");
            report.Add("tcp_floor_spin_p50_us", floor.ValueAtPercentile(50) / 1000.0);
            report.Add("tcp_floor_spin_p99_us", floor.ValueAtPercentile(99) / 1000.0);
        }

        if (arguments.GetInt("w2w", 1) != 0)
        {
            OuchWireToWireFigures.Measure(new WireToWireOptions
            {
                OrdersPerSecond = arguments.GetInt("rate", 50_000),
                Seconds = arguments.GetInt("seconds", 5),
                WarmupSeconds = arguments.GetInt("warmup-seconds", 2),
                Dedicated = arguments.GetInt("dedicated", Environment.ProcessorCount >= 4 ? 1 : 0) != 0,
            }, report, progress);
        }

        progress.WriteLine($"machine after: load {MachineLoad.OneMinute():0.0}");
    }
}

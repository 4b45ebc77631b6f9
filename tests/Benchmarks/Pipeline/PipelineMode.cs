using Gateway.Benchmarks.Floor;
using Gateway.Benchmarks.Harness;
using Gateway.Benchmarks.Risk;
using Gateway.Hosting;

namespace Gateway.Benchmarks.Pipeline;

/// <summary>
/// The order path's figures in one run (issue 3 §8): a risk check alone, the whole in-process pipeline (orders/s,
/// bytes and collections), the machine's TCP floor, and the gateway's wire-to-wire latency over real sockets at a
/// fixed rate (last: a gateway that falls behind is left running until the process exits). Targets: risk p50 ≤ 200 ns
/// and p99 ≤ 1 µs; 0 bytes and 0 collections; ≥ 500,000 orders/s; wire-to-wire p50 ≤ 5 µs and p99 ≤ 15 µs.
/// </summary>
public sealed class PipelineMode : IBenchmarkMode
{
    public string Name => "pipeline";

    public string Summary =>
        "risk check, in-process pipeline (orders/s, bytes, GCs), TCP floor, gateway wire-to-wire at a fixed rate " +
        "[--orders N --warmup N --file-store 1|0 --rate N --seconds N --warmup-seconds N --dedicated 1|0; --risk 0, --pipeline 0, --w2w 0, --floor 0 skip a part]";

    public void Run(ModeArguments arguments, FigureReport report)
    {
        var progress = Console.Out;
        progress.WriteLine($"machine: {Environment.ProcessorCount} cores, load {MachineLoad.OneMinute():0.0}");
        if (arguments.GetInt("risk", 1) != 0)
        {
            var risk = RiskFigures.Measure();
            progress.WriteLine(risk);
            report.Add("risk_check_p50_ns", risk.P50Nanos);
            report.Add("risk_check_p99_ns", risk.P99Nanos);
        }

        if (arguments.GetInt("pipeline", 1) != 0)
        {
            PipelineFigures.Measure(arguments.GetInt("orders", 1_000_000), arguments.GetInt("warmup", 200_000),
                arguments.GetInt("file-store", 1) != 0, report, progress);
        }

        if (arguments.GetInt("floor", 1) != 0)
        {
            MeasureFloor(report, progress);
        }

        if (arguments.GetInt("w2w", 1) != 0)
        {
            WireToWireFigures.Measure(new WireToWireOptions
            {
                OrdersPerSecond = arguments.GetInt("rate", 50_000),
                Seconds = arguments.GetInt("seconds", 5),
                WarmupSeconds = arguments.GetInt("warmup-seconds", 2),
                Dedicated = arguments.GetInt("dedicated", Environment.ProcessorCount >= 4 ? 1 : 0) != 0,
            }, report, progress);
        }

        progress.WriteLine($"machine after: load {MachineLoad.OneMinute():0.0}");
    }

    private static void MeasureFloor(FigureReport report, TextWriter progress)
    {
        var floor = TcpPingPong.Run(new TcpFloorOptions(), ReceiveWait.Spin);
        progress.WriteLine(
            $"tcp_floor_spin: {floor.Count} round trips: p50 {floor.ValueAtPercentile(50) / 1000.0:0.0} us, " +
            $"p99 {floor.ValueAtPercentile(99) / 1000.0:0.0} us");
        report.Add("tcp_floor_spin_p50_us", floor.ValueAtPercentile(50) / 1000.0);
        report.Add("tcp_floor_spin_p99_us", floor.ValueAtPercentile(99) / 1000.0);
    }
}

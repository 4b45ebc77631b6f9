using Gateway.Benchmarks.Harness;
using Gateway.Sessions.Metrics;

namespace Gateway.Benchmarks.Floor;

/// <summary>Runs the ping-pong both ways and reports tcp_floor_{spin,blocking}_{p50,p99}_us.</summary>
public static class TcpFloorFigures
{
    public static void Measure(TcpFloorOptions options, FigureReport report, TextWriter progress)
    {
        foreach (ReceiveWait wait in new[] { ReceiveWait.Spin, ReceiveWait.Blocking })
        {
            LatencyHistogram histogram = TcpPingPong.Run(options, wait);
            string prefix = wait == ReceiveWait.Spin ? "tcp_floor_spin" : "tcp_floor_blocking";
            progress.WriteLine(
                $"{prefix}: {histogram.Count} round trips of {options.MessageBytes} B after {options.WarmupRoundTrips} warm-up: " +
                $"p50 {Micros(histogram.ValueAtPercentile(50)):0.0} us, p90 {Micros(histogram.ValueAtPercentile(90)):0.0} us, " +
                $"p99 {Micros(histogram.ValueAtPercentile(99)):0.0} us, p99.9 {Micros(histogram.ValueAtPercentile(99.9)):0.0} us, " +
                $"max {Micros(histogram.Max):0.0} us");
            report.Add($"{prefix}_p50_us", Micros(histogram.ValueAtPercentile(50)));
            report.Add($"{prefix}_p99_us", Micros(histogram.ValueAtPercentile(99)));
        }
    }

    private static double Micros(long nanos) => nanos / 1000.0;
}

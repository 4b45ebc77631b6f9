using System.Diagnostics;
using Gateway.Sessions.Metrics;
using Serilog;

namespace Gateway.Demo;

/// <summary>
/// Prints what the demo does, from the host's thread: the latest fill at most once a second, and every few seconds
/// the round-trip percentiles of the interval beside the TCP floor measured at start. Reads the strategy's counters
/// and its latency recorder; never touches the engine threads.
/// </summary>
public sealed class DemoReporter(DemoStrategy strategy, ILogger log, LatencyHistogram floor, string floorName, int reportSeconds)
{
    private static readonly TimeSpan FillEvery = TimeSpan.FromSeconds(1);

    private readonly LatencyHistogram _total = new();
    private LatencyHistogram? _interval;
    private long _lastFillPrinted;
    private long _ordersAtLastReport;

    /// <summary>Everything recorded so far (after <see cref="RunUntil"/>).</summary>
    public LatencyHistogram Total => _total;

    /// <summary>Reports until <paramref name="stop"/> is cancelled or <paramref name="finished"/> is set.</summary>
    public void RunUntil(CancellationToken stop, WaitHandle finished, TimeSpan? deadline = null)
    {
        var clock = Stopwatch.StartNew();
        var nextFill = FillEvery;
        var reportEvery = TimeSpan.FromSeconds(reportSeconds);
        var nextReport = reportEvery;
        var handles = new[] { stop.WaitHandle, finished };
        while (!stop.IsCancellationRequested && (deadline is null || clock.Elapsed < deadline))
        {
            if (WaitHandle.WaitAny(handles, TimeSpan.FromMilliseconds(100)) == 1)
            {
                break;
            }

            if (clock.Elapsed >= nextFill)
            {
                PrintFill();
                nextFill += FillEvery;
            }

            if (clock.Elapsed >= nextReport)
            {
                PrintInterval(reportEvery);
                nextReport += reportEvery;
            }
        }

        PrintFill();
        TakeInterval();
    }

    public void PrintSummary(TimeSpan elapsed)
    {
        log.Information(
            "Summary: {Orders} orders, {Acks} acks, {Fills} fills, {Rejects} rejects in {Seconds:0.0} s; round trip (order → ack) " +
            "p50 {P50:0.0} µs, p99 {P99:0.0} µs, p99.9 {P999:0.0} µs, max {Max:0.0} µs over {Count} orders; {FloorName} {Floor:0.0} µs",
            strategy.OrdersSent, strategy.Acks, strategy.Fills, strategy.Rejects, elapsed.TotalSeconds,
            Micros(_total.ValueAtPercentile(50)), Micros(_total.ValueAtPercentile(99)), Micros(_total.ValueAtPercentile(99.9)),
            Micros(_total.Max), _total.Count, floorName, Micros(floor.ValueAtPercentile(50)));
    }

    private void PrintFill()
    {
        if (!strategy.LastFill.TryRead(out var fill) || fill.Number == _lastFillPrinted)
        {
            return;
        }

        _lastFillPrinted = fill.Number;
        log.Information(
            "Fill #{Number}: {Side} {Quantity} {Symbol} @ {Price} (ClOrdID {ClOrdId})",
            fill.Number, fill.Side == '1' ? "BUY" : "SELL", fill.Quantity.ToString(), fill.Symbol, fill.Price.ToString(), fill.ClOrdId);
    }

    private void PrintInterval(TimeSpan length)
    {
        var interval = TakeInterval();
        var orders = strategy.OrdersSent;
        var sent = orders - _ordersAtLastReport;
        _ordersAtLastReport = orders;
        var p50 = Micros(interval.ValueAtPercentile(50));
        var floorP50 = Micros(floor.ValueAtPercentile(50));
        log.Information(
            "Last {Seconds} s: {Sent} orders, {Count} acks timed: round trip p50 {P50:0.0} µs, p99 {P99:0.0} µs, p99.9 {P999:0.0} µs, " +
            "max {Max:0.0} µs | {FloorName} p50 {Floor:0.0} µs ({Ratio:0.00}×) | fills {Fills}, rejects {Rejects}",
            (int)length.TotalSeconds, sent, interval.Count, p50, Micros(interval.ValueAtPercentile(99)),
            Micros(interval.ValueAtPercentile(99.9)), Micros(interval.Max), floorName, floorP50,
            floorP50 > 0 ? p50 / floorP50 : 0, strategy.Fills, strategy.Rejects);
    }

    private LatencyHistogram TakeInterval()
    {
        var interval = strategy.RoundTrips.TakeInterval(_interval);
        _total.Add(interval);
        _interval = interval;
        return interval;
    }

    private static double Micros(long nanos) => nanos / 1000.0;
}

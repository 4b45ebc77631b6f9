using System.Diagnostics;
using Gateway.Api.Client;
using Gateway.Hosting;
using Gateway.Sessions.Metrics;

namespace Gateway.Benchmarks.Pipeline;

/// <summary>
/// One measured wire-to-wire run, the same for every venue protocol (the <c>pipeline</c> mode's FIX venue, the
/// <c>ouch</c> mode's OUCH venue): a strategy logs in, sends at a fixed rate through a warm-up and the measured
/// interval, then waits for every order to reach a final state. The histogram is the gateway's own (client frame
/// read → venue message written) over the measured interval.
/// </summary>
internal sealed record WireToWireRun(RateClient Sender, LatencyHistogram Histogram, double OrdersPerSecond, TimeSpan Elapsed, bool CaughtUp)
{
    /// <summary>The benchmark strategy's token (both modes configure it).</summary>
    public const string Token = "bench-token";

    /// <summary>How long after the run every order must have reached a final state.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(30);

    public static WireToWireRun Measure(GatewayHost host, WireToWireOptions options)
    {
        using var client = new GatewayClient();
        client.Connect("127.0.0.1", host.ClientEndPoint.Port);
        var login = client.Login(PipelineLimits.Strategy, Token);
        if (!login.IsLoggedIn)
        {
            throw new InvalidOperationException($"the strategy could not log in: {login}");
        }

        var sender = new RateClient(client, options.OrdersPerSecond);
        sender.Run(TimeSpan.FromSeconds(options.WarmupSeconds));
        host.WireToWire.TakeInterval();
        var sentBefore = sender.Sent;
        var start = Stopwatch.GetTimestamp();
        sender.Run(TimeSpan.FromSeconds(options.Seconds));
        var histogram = host.WireToWire.TakeInterval();
        var elapsed = Stopwatch.GetElapsedTime(start);
        var caughtUp = sender.Drain(DrainTimeout);
        return new WireToWireRun(sender, histogram, (sender.Sent - sentBefore) / elapsed.TotalSeconds, elapsed, caughtUp);
    }

    /// <summary>"N orders at R/s over S s after W s warm-up: p50 …; client: …" for the progress line.</summary>
    public string Describe(WireToWireOptions options) =>
        $"{Histogram.Count:N0} orders at {OrdersPerSecond:N0}/s over {Elapsed.TotalSeconds:0.0} s " +
        $"after {options.WarmupSeconds} s warm-up: p50 {Micros(Histogram.ValueAtPercentile(50)):0.0} us, " +
        $"p90 {Micros(Histogram.ValueAtPercentile(90)):0.0} us, p99 {Micros(Histogram.ValueAtPercentile(99)):0.0} us, " +
        $"p99.9 {Micros(Histogram.ValueAtPercentile(99.9)):0.0} us, max {Micros(Histogram.Max):0.0} us; " +
        $"client: {Sender.Sent:N0} sent ({Sender.NotSent} refused by the send buffer), {Sender.Accepted:N0} accepted, " +
        $"{Sender.Filled:N0} filled, {Sender.Canceled:N0} canceled, {Sender.Rejected:N0} rejected";

    public static double Micros(long nanos) => nanos / 1000.0;
}

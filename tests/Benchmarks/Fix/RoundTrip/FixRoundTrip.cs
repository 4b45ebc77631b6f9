using System.Diagnostics;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Metrics;

namespace Gateway.Benchmarks.Fix.RoundTrip;

/// <summary>What one round-trip run measured.</summary>
public sealed record RoundTripResult(
    LatencyHistogram Histogram,
    double InitiatorBytesPerRoundTrip,
    double AcceptorBytesPerRoundTrip,
    int Gen0Collections,
    TimeSpan Elapsed);

/// <summary>
/// Two <see cref="FixEngine"/>s in this process, each on its own thread as <see cref="FixEngine.Start"/> runs them:
/// an acceptor (GATEWAY) and an initiator (CLIENT01) that connects to it over loopback, logs on, and plays
/// NewOrderSingle → ExecutionReport ping-pong. Stores and logs go to a temporary folder removed afterwards.
/// </summary>
public static class FixRoundTrip
{
    /// <summary>After this the run stops at the next report and keeps what it measured (a crowded machine).</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(35);

    /// <summary>How long a stopped run may take to notice; past it the run has hung.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    public static RoundTripResult Run(RoundTripOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "gateway-fix-rtt-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var acceptorApp = new OrderAcceptor(options.WarmupRoundTrips, options.RoundTrips);
            var initiatorApp = new PingPongInitiator(options.WarmupRoundTrips, options.RoundTrips);
            Exception? engineError = null;
            void OnError(Exception e) => engineError ??= e;

            var started = Stopwatch.StartNew();
            using var acceptor = FixEngine.Start(new FixEngineOptions
            {
                Settings = LoopbackSettings.Acceptor(options),
                Application = acceptorApp,
                BaseDirectory = folder,
                AcceptPortOverride = 0,
                OnError = OnError,
            });
            using var initiator = FixEngine.Start(new FixEngineOptions
            {
                Settings = LoopbackSettings.Initiator(options, acceptor.AcceptorPorts[0]),
                Application = initiatorApp,
                BaseDirectory = folder,
                OnError = OnError,
            });

            if (!initiatorApp.WaitFinished(Budget))
            {
                initiatorApp.RequestStop();
                initiatorApp.WaitFinished(StopGrace);
            }

            if (!initiatorApp.WaitFinished(TimeSpan.Zero) || initiatorApp.Failure is not null || engineError is not null)
            {
                throw new InvalidOperationException(
                    $"FIX round trips ({options.Describe()}) stopped after {initiatorApp.Completed} of " +
                    $"{options.WarmupRoundTrips + options.RoundTrips}: {initiatorApp.Failure ?? "timed out"}; " +
                    Describe(initiator.Sessions[0]) + "; " + Describe(acceptor.Sessions[0]),
                    engineError);
            }

            return new RoundTripResult(
                initiatorApp.Histogram,
                initiatorApp.AllocatedBytesPerRoundTrip,
                acceptorApp.AllocatedBytesPerRoundTrip,
                initiatorApp.Gen0Collections,
                started.Elapsed);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private static string Describe(FixSession session) =>
        $"{session.Id}: logged on {session.IsLoggedOn}, sent {session.Counters[FixSessionCounter.MessagesSent]}, " +
        $"received {session.Counters[FixSessionCounter.MessagesReceived]}, rejects sent {session.Counters[FixSessionCounter.RejectsSent]}, " +
        $"business rejects sent {session.Counters[FixSessionCounter.BusinessRejectsSent]}";

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}

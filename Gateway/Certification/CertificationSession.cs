using System.Globalization;
using System.Text;
using Gateway.Config;
using Gateway.Demo;
using Gateway.Hosting;
using Gateway.Sessions.Agents;
using Gateway.Simulators.Fix;
using Serilog;

namespace Gateway.Certification;

/// <summary>
/// A gateway started for certification and the venue it certifies: either the demo's embedded configuration with
/// the in-process FIX simulator (<see cref="Embedded"/>), or a gateway configuration whose venue is elsewhere
/// (<see cref="FromConfig"/>: QuickFIX C++ peers, a venue's test system). Disposing stops everything it started.
/// </summary>
public sealed class CertificationSession : IDisposable
{
    /// <summary>Short heartbeats, so that heartbeat loss shows within seconds (TestRequest at 1.2 s, disconnect at 2.4 s).</summary>
    public const int EmbeddedHeartBtInt = 1;

    private readonly List<IDisposable> _owned;

    private CertificationSession(GatewayHost host, VenueUnderTest venue, List<IDisposable> owned)
    {
        Host = host;
        Venue = venue;
        _owned = owned;
    }

    public GatewayHost Host { get; }

    public VenueUnderTest Venue { get; }

    /// <summary>
    /// The demo's gateway and simulated venues (docs/configuration.md, Gateway/Demo), with three changes for
    /// certification: heartbeats of <see cref="EmbeddedHeartBtInt"/> s, ResetOnLogout=Y (a Logon after a Logout
    /// carries ResetSeqNumFlag), and the certified venue's connection through a <see cref="FaultRelay"/> (mute, drop).
    /// </summary>
    public static CertificationSession Embedded(string venueName, string dataDirectory, ILogger log)
    {
        var ouch = Array.Find(EmbeddedOuchVenue.Venues, v => v.Name == venueName);
        if (DemoGateway.Venues.All(v => v.Name != venueName) && ouch.Name is null)
        {
            throw new CertificationSetupException(
                $"venue '{venueName}' is not one of the embedded simulators' " +
                $"({string.Join(", ", DemoGateway.Venues.Select(v => v.Name).Concat(EmbeddedOuchVenue.Venues.Select(v => v.Name)))}); " +
                "give a gateway configuration with --config for other venues");
        }

        var owned = new List<IDisposable>();
        try
        {
            var simulator = FixVenueSimulator.Start(DemoGateway.Simulator() with
            {
                IdleStrategy = new BackoffIdleStrategy(),
                OnError = e => log.Error(e, "Simulator: unexpected exception"),
            });
            owned.Add(simulator);
            var ouchSimulator = ouch.Name is null ? null : EmbeddedOuchVenue.StartSimulator(ouch.Dialect, log);
            if (ouchSimulator is not null)
            {
                owned.Add(ouchSimulator);
            }

            var relay = new FaultRelay(ouchSimulator?.Port ?? simulator.Port);
            owned.Add(relay);
            var options = new DemoOptions { Threading = "shared", Idle = DemoIdle.Backoff };
            GatewayConfig config = WithoutDemoOuchVenue(DemoGateway.Config(options, simulator.Port, 0, dataDirectory)) with
            {
                OrderCapacity = 1 << 12,
                FixSettingsText = Settings(venueName, simulator.Port, relay.Port),
            };
            if (ouchSimulator is not null)
            {
                config = EmbeddedOuchVenue.AddTo(config, ouch, relay.Port);
            }

            var host = GatewayHost.Start(config, log);
            owned.Add(host);
            if (ouchSimulator is not null)
            {
                var ouchDescription = $"in-process OUCH venue simulator, {ouch.Protocol} over SoupBinTCP (Gateway/Simulators/Ouch)";
                return new CertificationSession(host, new VenueUnderTest(host, venueName, new OuchSimulatorFaults(ouchSimulator, relay), ouchDescription), owned);
            }

            var venue = DemoGateway.Venues.First(v => v.Name == venueName);
            var faults = new SimulatorFaults(simulator, relay, DemoGateway.GatewayCompId);
            var description = $"in-process FIX venue simulator, {venue.BeginString} {venue.VenueCompId} (Gateway/Simulators/Fix)";
            return new CertificationSession(host, new VenueUnderTest(host, venueName, faults, description), owned);
        }
        catch
        {
            DisposeAll(owned);
            throw;
        }
    }

    /// <summary>A gateway from <paramref name="config"/> certifying its venue <paramref name="venueName"/> (no faults: a foreign venue has none to ask for).</summary>
    public static CertificationSession FromConfig(GatewayConfig config, string venueName, string description, ILogger log)
    {
        if (config.Venues.All(v => v.Name != venueName))
        {
            throw new CertificationSetupException(
                $"venue '{venueName}' is not in the configuration (venues: {string.Join(", ", config.Venues.Select(v => v.Name))})");
        }

        var host = GatewayHost.Start(config, log);
        try
        {
            return new CertificationSession(host, new VenueUnderTest(host, venueName, null, description), [host]);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="set"/>'s cases (those in <paramref name="options"/>, or all).</summary>
    public CertificationResult Run(ScenarioSet set, CertificationRunnerOptions options, CancellationToken cancellation)
    {
        using var runner = new CertificationRunner(Host, Venue, options);
        return runner.Run(set, cancellation);
    }

    public void Dispose()
    {
        // The gateway first (it logs out through the relay), then the relay, then the simulator.
        _owned.Reverse();
        DisposeAll(_owned);
        _owned.Clear();
    }

    private static void DisposeAll(List<IDisposable> owned)
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }
    }

    private static string Settings(string certified, int simulatorPort, int relayPort)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            [DEFAULT]
            ConnectionType=initiator
            SocketConnectHost=127.0.0.1
            SenderCompID={DemoGateway.GatewayCompId}
            HeartBtInt={EmbeddedHeartBtInt}
            ReconnectInterval=1
            NonStopSession=Y
            ResetOnLogout=Y
            FileStorePath=fix-store
            FileLogPath=fix-log
            UseDataDictionary=N

            """);
        foreach (var venue in DemoGateway.Venues)
        {
            text.Append(CultureInfo.InvariantCulture, $"""
                [SESSION]
                BeginString={venue.BeginString}
                TargetCompID={venue.VenueCompId}
                SocketConnectPort={(venue.Name == certified ? relayPort : simulatorPort)}

                """);
            if (venue.BeginString == SimulatedSession.Fixt11)
            {
                text.Append("DefaultApplVerID=FIX.5.0SP2\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The demo's configuration without its own OUCH venue: certification adds the OUCH venue it certifies (behind a
    /// fault relay) itself, and the demo's instruments routed there go to the first FIX venue instead.
    /// </summary>
    private static GatewayConfig WithoutDemoOuchVenue(GatewayConfig config)
    {
        var ouchId = DemoGateway.OuchVenue.Id;
        var fixVenue = DemoGateway.Venues[0].Id;
        var risk = config.Risk!.DeepClone().AsObject();
        foreach (var strategy in risk["Strategies"]!.AsArray())
        {
            var venues = strategy!["Venues"]!.AsArray();
            var ouch = venues.FirstOrDefault(v => v!.GetValue<int>() == ouchId);
            if (ouch is not null)
            {
                venues.Remove(ouch);
            }
        }

        var riskVenues = risk["Venues"]!.AsArray();
        var ouchLimits = riskVenues.FirstOrDefault(v => v!["Id"]!.GetValue<int>() == ouchId);
        if (ouchLimits is not null)
        {
            riskVenues.Remove(ouchLimits);
        }

        return config with
        {
            Venues = config.Venues.Where(v => v.Id != ouchId).ToArray(),
            Instruments = config.Instruments.Select(i => i.Venue == ouchId ? i with { Venue = fixVenue } : i).ToArray(),
            Risk = risk,
        };
    }
}

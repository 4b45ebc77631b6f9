using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using Gateway.Simulators.Fix;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Fix;

/// <summary>A venue run from a QuickFIX settings file: several sessions and versions on one port.</summary>
[Category("System")]
public sealed class SettingsFileTests
{
    private const string Cfg = """
        [DEFAULT]
        ConnectionType=acceptor
        SocketAcceptHost=127.0.0.1
        SocketAcceptPort=9878
        NonStopSession=Y
        UseDataDictionary=N
        [SESSION]
        BeginString=FIX.4.2
        SenderCompID=EXEC
        TargetCompID=OLD
        [SESSION]
        BeginString=FIXT.1.1
        DefaultApplVerID=FIX.5.0SP2
        SenderCompID=EXEC
        TargetCompID=NEW
        """;

    [Test]
    [CancelAfter(30_000)]
    public void Sessions_of_two_versions_from_a_cfg_trade_on_one_port(CancellationToken token)
    {
        var path = Path.Combine(Path.GetTempPath(), $"venue-{Guid.NewGuid():N}.cfg");
        File.WriteAllText(path, Cfg);
        try
        {
            using var venue = FixVenueSimulator.Start(new FixVenueSimulatorOptions { SettingsPath = path, Port = 0 });
            using var old = FixClient.Connect(venue.Port, "FIX.4.2", sender: "OLD");
            using var young = FixClient.Connect(venue.Port, "FIXT.1.1", sender: "NEW");
            old.WaitLoggedOn(token);
            young.WaitLoggedOn(token);

            var a = old.NewOrder('1', 10, 190.05m);
            var b = young.NewOrder('2', 10, 189.95m);

            old.WaitFor(a, m => m.ExecType == "2", token)[8].Should().Be("FIX.4.2");
            young.WaitFor(b, m => m.ExecType == "F", token)[8].Should().Be("FIXT.1.1");
            venue.Sessions.Should().HaveCount(2);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

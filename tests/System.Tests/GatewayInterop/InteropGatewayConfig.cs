using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Config;
using Gateway.RiskChecks.Config;

namespace Gateway.System.Tests.GatewayInterop;

/// <summary>
/// The configuration of the gateway under test, written as a user writes it: FIX initiator sessions to the peers,
/// the <see cref="InteropPlan"/>'s strategies and instruments, risk limits loose enough for the tests' orders,
/// threading <c>shared</c> with idle <c>backoff</c> (two-core machines shared with other work).
/// </summary>
internal static class InteropGatewayConfig
{
    public static GatewayConfig Create(IReadOnlyList<InteropVenue> venues, string dataDirectory) => new()
    {
        Threading = "shared",
        Idle = "backoff",
        DataDirectory = dataDirectory,
        JournalSegmentMegabytes = 4,
        RingSize = 1024,
        OrderCapacity = 1 << 12,
        Clients = new ClientsConfig
        {
            Listen = "127.0.0.1:0",
            Strategies = InteropPlan.Strategies
                .Select(s => new StrategyConfig { Id = s.Id, Token = s.Token, Name = $"interop-{s.Id}" })
                .ToArray(),
        },
        FixSettingsText = FixSettings(venues),
        Venues = venues.Select(v => new VenueConfig
        {
            Id = v.Id,
            Name = v.Name,
            Session = $"{v.BeginString}:{v.GatewayCompId}->{v.PeerCompId}",
        }).ToArray(),
        // Orders name their venue; an instrument's default route is the first venue.
        Instruments = InteropPlan.Instruments
            .Select(i => new InstrumentConfig { Id = i.Id, Symbol = i.Symbol, Venue = venues[0].Id })
            .ToArray(),
        Risk = JsonNode.Parse(RiskLimitsJson.Write(Limits(venues)))!.AsObject(),
    };

    private static RiskLimits Limits(IReadOnlyList<InteropVenue> venues) => new()
    {
        Strategies = InteropPlan.Strategies.Select(s => new StrategyLimits
        {
            Id = s.Id,
            Accounts = [s.Account],
            Venues = venues.Select(v => v.Id).ToArray(),
            MaxOrderQuantity = InteropPlan.MaxOrderQuantity,
            MaxOpenOrders = 100,
        }).ToArray(),
        Accounts = InteropPlan.Strategies.Select(s => new AccountLimits { Id = s.Account }).ToArray(),
        Instruments = InteropPlan.Instruments.Select(i => new InstrumentLimits
        {
            Id = i.Id,
            ReferencePrice = i.Reference,
            CollarPercent = 10m,
        }).ToArray(),
        Venues = venues.Select(v => new VenueLimits { Id = v.Id }).ToArray(),
    };

    /// <summary>One [SESSION] per venue; stores and message logs under the data directory (kept when a test fails).</summary>
    private static string FixSettings(IReadOnlyList<InteropVenue> venues)
    {
        var text = new StringBuilder();
        text.AppendLine("[DEFAULT]");
        text.AppendLine("ConnectionType=initiator");
        text.AppendLine("SocketConnectHost=127.0.0.1");
        text.AppendLine("HeartBtInt=30");
        text.AppendLine("ReconnectInterval=1");
        text.AppendLine("NonStopSession=Y");
        text.AppendLine("FileStorePath=fix-store");
        text.AppendLine("FileLogPath=fix-log");
        text.AppendLine("UseDataDictionary=N");
        foreach (var venue in venues)
        {
            text.AppendLine();
            text.AppendLine("[SESSION]");
            text.AppendLine($"BeginString={venue.BeginString}");
            text.AppendLine($"SenderCompID={venue.GatewayCompId}");
            text.AppendLine($"TargetCompID={venue.PeerCompId}");
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"SocketConnectPort={venue.Port}"));
            if (venue.BeginString == "FIXT.1.1")
            {
                text.AppendLine($"DefaultApplVerID={venue.DefaultApplVerId}");
            }
        }

        return text.ToString();
    }
}

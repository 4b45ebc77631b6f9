using System.Text.Json.Nodes;
using Gateway.Config;
using Gateway.Demo;
using Gateway.Simulators.Ouch;
using Gateway.Venues.Ouch;

namespace Gateway.Certification;

/// <summary>
/// The OUCH venues certification adds to the demo's configuration: <c>SIM-OUCH50</c> (venue 2) and
/// <c>SIM-OUCH42</c> (venue 3), each our in-process OUCH simulator over SoupBinTCP with the demo's symbols, the
/// gateway's connection through a <see cref="FaultRelay"/>.
/// </summary>
internal static class EmbeddedOuchVenue
{
    public const string Username = "CERT";
    public const string Password = "CERTPASS";

    public static readonly (int Id, string Name, string Protocol, OuchDialect Dialect)[] Venues =
    [
        (2, "SIM-OUCH50", "ouch50", OuchDialect.Ouch50),
        (3, "SIM-OUCH42", "ouch42", OuchDialect.Ouch42),
    ];

    public static OuchVenueSimulator StartSimulator(OuchDialect dialect, Serilog.ILogger log) => OuchVenueSimulator.Start(new OuchVenueSimulatorOptions
    {
        Dialect = dialect,
        Port = 0,
        Logins = [new OuchLogin(Username, Password)],
        Symbols = DemoGateway.Simulator().Symbols,
        OnError = e => log.Error(e, "OUCH simulator: unexpected exception"),
    });

    /// <summary>The demo's configuration with the OUCH venue added, and the demo strategy allowed to trade on it.</summary>
    public static GatewayConfig AddTo(GatewayConfig config, (int Id, string Name, string Protocol, OuchDialect Dialect) venue, int port)
    {
        var risk = config.Risk!.DeepClone().AsObject();
        foreach (var strategy in risk["Strategies"]!.AsArray())
        {
            strategy!["Venues"]!.AsArray().Add(venue.Id);
        }

        risk["Venues"]!.AsArray().Add(new JsonObject { ["Id"] = venue.Id });
        return config with
        {
            Venues =
            [
                .. config.Venues,
                new VenueConfig
                {
                    Id = venue.Id,
                    Name = venue.Name,
                    Protocol = venue.Protocol,
                    Host = "127.0.0.1",
                    Port = port,
                    Username = Username,
                    Password = Password,
                    Firm = "CERT",
                },
            ],
            Risk = risk,
        };
    }
}

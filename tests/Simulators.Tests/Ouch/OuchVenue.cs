using Gateway.Simulators.Matching;
using Gateway.Simulators.Ouch;
using Gateway.Venues.Ouch;

namespace Gateway.Simulators.Tests.Ouch;

/// <summary>Starts OUCH simulators the way the tests need them: a free port, AAPL at 190.00, quotes of 100 on 3 levels.</summary>
internal static class OuchVenue
{
    public static readonly MarketMakerOptions Quotes = new() { SpreadTicks = 2, Size = 100, Levels = 3 };

    public static readonly object[] Dialects = [OuchDialect.Ouch42, OuchDialect.Ouch50];

    public static OuchVenueSimulator Start(OuchDialect dialect, OuchVenueBehaviour? behaviour = null, params OuchLogin[] logins) =>
        OuchVenueSimulator.Start(new OuchVenueSimulatorOptions
        {
            Dialect = dialect,
            Port = 0,
            Logins = logins.Length == 0 ? [new OuchLogin("USER", "PASS")] : logins,
            Symbols = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["AAPL"] = 190.00m, ["MSFT"] = 410.00m },
            MarketMaker = Quotes,
            Behaviour = behaviour ?? new OuchVenueBehaviour(),
        });
}

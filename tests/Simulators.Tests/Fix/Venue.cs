using Gateway.Simulators.Fix;
using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Tests.Fix;

/// <summary>Starts simulators the way the tests need them: a free port, AAPL at 190.00, quotes of 100 on 3 levels.</summary>
internal static class Venue
{
    public static readonly MarketMakerOptions Quotes = new() { SpreadTicks = 2, Size = 100, Levels = 3 };

    public static FixVenueSimulator Start(string beginString = "FIX.4.4", bool validate = false,
        VenueBehaviour? behaviour = null, MarketMakerOptions? marketMaker = null, params string[] clients) =>
        FixVenueSimulator.Start(new FixVenueSimulatorOptions
        {
            Sessions = (clients.Length == 0 ? ["GATEWAY"] : clients)
                .Select(c => new SimulatedSession(beginString, "EXEC", c)).ToArray(),
            DictionaryDirectory = validate ? SharedSpec.Directory : null,
            Symbols = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["AAPL"] = 190.00m, ["MSFT"] = 410.00m },
            MarketMaker = marketMaker ?? Quotes,
            Behaviour = behaviour ?? new VenueBehaviour(),
        });
}

using System.Globalization;
using Gateway.Simulators.Fix;
using Gateway.Simulators.Matching;

namespace Gateway.Simulators;

/// <summary>The <c>fix</c> command's arguments to <see cref="FixVenueSimulatorOptions"/>.</summary>
internal static class FixCommandLine
{
    public const string Usage = """
        usage: Gateway.Simulators fix [options]
          --port N               port to listen on (default 9878, or the .cfg's; 0 picks a free one)
          --host ADDRESS         address to listen on (default 127.0.0.1)
          --begin-string V       FIX.4.2 | FIX.4.4 | FIXT.1.1 (default FIX.4.4)
          --sender ID            the venue's SenderCompID (default EXEC)
          --target ID            the client's CompID (default GATEWAY); repeat for more sessions
          --config FILE          a QuickFIX .cfg of acceptor sessions instead of the four options above
          --dictionaries DIR     validate with the QuickFIX dictionaries in DIR (default: no validation)
          --symbols S=P,...      symbols and reference prices (default AAPL=190.00,MSFT=410.00)
          --latency-us N         added latency before each answer, in microseconds
          --reject-ratio R       share of new orders rejected at random (0..1)
          --seed N               seed of the reject draws (default 42)
          --drop-after N         drop a connection after N application messages received on it
          --gap-every N          skip outgoing MsgSeqNums after every N application messages sent
          --gap-size N           how many a gap skips (default 1)
          --mm-spread-ticks N    market maker spread in ticks (default 2)
          --mm-size N            market maker quantity per level (default 100)
          --mm-levels N          market maker levels per side (default 5)
          --mm-tick P            tick size (default 0.01)
          --no-market-maker      no quotes: client orders only
          --mm-fill-resting      the market maker takes every order that would rest, at its price
        Runs until Ctrl+C, then prints a summary.
        """;

    public static bool TryParse(string[] args, out FixVenueSimulatorOptions options, out string error)
    {
        options = new FixVenueSimulatorOptions();
        error = "";
        var beginString = SimulatedSession.Fix44;
        var sender = "EXEC";
        var targets = new List<string>();
        var behaviour = new VenueBehaviour();
        var marketMaker = MarketMakerOptions.Default;
        int? port = null;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                var name = args[i];
                if (name == "--no-market-maker")
                {
                    marketMaker = marketMaker with { Enabled = false };
                    continue;
                }

                if (name == "--mm-fill-resting")
                {
                    marketMaker = marketMaker with { FillRestingOrders = true };
                    continue;
                }

                if (i + 1 >= args.Length || !name.StartsWith("--", StringComparison.Ordinal))
                {
                    error = $"'{name}' is not an option with a value";
                    return false;
                }

                var value = args[++i];
                switch (name)
                {
                    case "--port": port = Int(value, 0, 65535); break;
                    case "--host": options = options with { Host = value }; break;
                    case "--begin-string": beginString = Version(value); break;
                    case "--sender": sender = value; break;
                    case "--target": targets.Add(value); break;
                    case "--config": options = options with { SettingsPath = value }; break;
                    case "--dictionaries": options = options with { DictionaryDirectory = value }; break;
                    case "--symbols": options = options with { Symbols = Symbols(value) }; break;
                    case "--latency-us": behaviour = behaviour with { LatencyMicros = Int(value, 0, int.MaxValue) }; break;
                    case "--reject-ratio": behaviour = behaviour with { RejectRatio = Ratio(value) }; break;
                    case "--seed": behaviour = behaviour with { Seed = Int(value, int.MinValue, int.MaxValue) }; break;
                    case "--drop-after": behaviour = behaviour with { DropAfterMessages = Int(value, 0, int.MaxValue) }; break;
                    case "--gap-every": behaviour = behaviour with { GapEveryMessages = Int(value, 0, int.MaxValue) }; break;
                    case "--gap-size": behaviour = behaviour with { GapSize = Int(value, 1, int.MaxValue) }; break;
                    case "--mm-spread-ticks": marketMaker = marketMaker with { SpreadTicks = Int(value, 1, 1_000_000) }; break;
                    case "--mm-size": marketMaker = marketMaker with { Size = Int(value, 1, int.MaxValue) }; break;
                    case "--mm-levels": marketMaker = marketMaker with { Levels = Int(value, 1, 1000) }; break;
                    case "--mm-tick": marketMaker = marketMaker with { TickSize = Price(value) }; break;
                    default:
                        error = $"unknown option {name}";
                        return false;
                }
            }
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }

        if (targets.Count == 0)
        {
            targets.Add("GATEWAY");
        }

        options = options with
        {
            // A .cfg keeps its own SocketAcceptPort unless --port overrides it.
            Port = port ?? (options.SettingsPath is null ? 9878 : null),
            Sessions = targets.Select(t => new SimulatedSession(beginString, sender, t)).ToArray(),
            Behaviour = behaviour,
            MarketMaker = marketMaker,
        };
        return true;
    }

    internal static int Int(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"'{value}' is not a whole number from {min} to {max}");

    internal static double Ratio(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r is >= 0 and <= 1
            ? r
            : throw new FormatException($"'{value}' is not a ratio from 0 to 1");

    internal static long Price(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) && p > 0
            ? Prices.FromDecimal(p)
            : throw new FormatException($"'{value}' is not a positive price");

    private static string Version(string value) =>
        value is SimulatedSession.Fix42 or SimulatedSession.Fix44 or SimulatedSession.Fixt11
            ? value
            : throw new FormatException($"'{value}' is not FIX.4.2, FIX.4.4 or FIXT.1.1");

    internal static Dictionary<string, decimal> Symbols(string value)
    {
        var symbols = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var pair in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=');
            if (parts.Length != 2 || parts[0].Length == 0 ||
                !decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var price) || price < 0)
            {
                throw new FormatException($"'{pair}' is not SYMBOL=PRICE");
            }

            symbols[parts[0]] = price;
        }

        return symbols.Count > 0 ? symbols : throw new FormatException("--symbols lists no symbol");
    }
}

using Gateway.Simulators.Matching;
using Gateway.Simulators.Ouch;
using Gateway.Venues.Ouch;

namespace Gateway.Simulators;

/// <summary>The <c>ouch</c> command's arguments to <see cref="OuchVenueSimulatorOptions"/>.</summary>
internal static class OuchCommandLine
{
    public const string Usage = """
        usage: Gateway.Simulators ouch [options]
          --dialect 42|50        OUCH 4.2 or 5.0 (default 50)
          --port N               port to listen on (default 15000; 0 picks a free one)
          --host ADDRESS         address to listen on (default 127.0.0.1)
          --user U               a SoupBinTCP username (alpha 6, default USER); repeat for more logins
          --password P           the password of the --user before it (alpha 10, default PASS)
          --session S            the session name in Login Accepted (default SIMSESSION)
          --symbols S=P,...      symbols and reference prices (default AAPL=190.00,MSFT=410.00)
          --max-shares N         Enter Orders above N shares are rejected (default 1000000)
          --latency-us N         added latency before each answer, in microseconds
          --reject-ratio R       share of Enter Orders rejected at random (0..1)
          --seed N               seed of the reject draws (default 42)
          --drop-after N         drop a connection after N OUCH messages received since its login
          --login-gap N          answer each Login Request N messages past the number it asks for
          --mm-spread-ticks N    market maker spread in ticks (default 2)
          --mm-size N            market maker quantity per level (default 100)
          --mm-levels N          market maker levels per side (default 5)
          --mm-tick P            tick size (default 0.01)
          --no-market-maker      no quotes: client orders only
          --mm-fill-resting      the market maker takes every order that would rest, at its price
          --no-start-of-day      no System Event 'S' as each login's first message
        Runs until Ctrl+C, then prints a summary.
        """;

    public static bool TryParse(string[] args, out OuchVenueSimulatorOptions options, out string error)
    {
        options = new OuchVenueSimulatorOptions { Port = 15000 };
        error = "";
        var users = new List<string>();
        var passwords = new List<string>();
        var behaviour = new OuchVenueBehaviour();
        var marketMaker = MarketMakerOptions.Default;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                var name = args[i];
                switch (name)
                {
                    case "--no-market-maker":
                        marketMaker = marketMaker with { Enabled = false };
                        continue;
                    case "--mm-fill-resting":
                        marketMaker = marketMaker with { FillRestingOrders = true };
                        continue;
                    case "--no-start-of-day":
                        options = options with { StartOfDayEvent = false };
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
                    case "--dialect": options = options with { Dialect = Dialect(value) }; break;
                    case "--port": options = options with { Port = FixCommandLine.Int(value, 0, 65535) }; break;
                    case "--host": options = options with { Host = value }; break;
                    case "--user": users.Add(Alpha(value, 6, "--user")); break;
                    case "--password": passwords.Add(Alpha(value, 10, "--password")); break;
                    case "--session": options = options with { Session = Alpha(value, 10, "--session") }; break;
                    case "--symbols": options = options with { Symbols = FixCommandLine.Symbols(value) }; break;
                    case "--max-shares": options = options with { MaxShares = FixCommandLine.Int(value, 1, int.MaxValue) }; break;
                    case "--latency-us": behaviour = behaviour with { LatencyMicros = FixCommandLine.Int(value, 0, int.MaxValue) }; break;
                    case "--reject-ratio": behaviour = behaviour with { RejectRatio = FixCommandLine.Ratio(value) }; break;
                    case "--seed": behaviour = behaviour with { Seed = FixCommandLine.Int(value, int.MinValue, int.MaxValue) }; break;
                    case "--drop-after": behaviour = behaviour with { DropAfterMessages = FixCommandLine.Int(value, 0, int.MaxValue) }; break;
                    case "--login-gap": behaviour = behaviour with { LoginGap = FixCommandLine.Int(value, 0, int.MaxValue) }; break;
                    case "--mm-spread-ticks": marketMaker = marketMaker with { SpreadTicks = FixCommandLine.Int(value, 1, 1_000_000) }; break;
                    case "--mm-size": marketMaker = marketMaker with { Size = FixCommandLine.Int(value, 1, int.MaxValue) }; break;
                    case "--mm-levels": marketMaker = marketMaker with { Levels = FixCommandLine.Int(value, 1, 1000) }; break;
                    case "--mm-tick": marketMaker = marketMaker with { TickSize = FixCommandLine.Price(value) }; break;
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

        if (passwords.Count > users.Count || (users.Count > 1 && passwords.Count != users.Count))
        {
            error = "give one --password after each --user";
            return false;
        }

        if (users.Count == 0)
        {
            users.Add("USER");
        }

        if (users.Distinct(StringComparer.Ordinal).Count() != users.Count)
        {
            error = "a --user is given twice";
            return false;
        }

        options = options with
        {
            Logins = users.Select((u, i) => new OuchLogin(u, i < passwords.Count ? passwords[i] : "PASS")).ToArray(),
            Behaviour = behaviour,
            MarketMaker = marketMaker,
        };
        return true;
    }

    private static OuchDialect Dialect(string value) => value switch
    {
        "42" or "4.2" or "ouch42" => OuchDialect.Ouch42,
        "50" or "5.0" or "ouch50" => OuchDialect.Ouch50,
        _ => throw new FormatException($"'{value}' is not a dialect (42 or 50)"),
    };

    private static string Alpha(string value, int max, string option) =>
        value.Length is > 0 && value.Length <= max && value.All(c => c is > ' ' and < (char)127)
            ? value
            : throw new FormatException($"{option}: '{value}' is not 1 to {max} printable ASCII characters");
}

using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.RiskChecks.Config;

namespace Gateway.Config;

/// <summary>Reads a <see cref="GatewayConfig"/> and checks it, with errors that name the setting.</summary>
public static class GatewayConfigLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static GatewayConfig Load(string path)
    {
        var config = Parse(File.ReadAllText(path));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return config with
        {
            DataDirectory = Path.GetFullPath(config.DataDirectory, folder),
            FixSettings = config.FixSettings is null ? null : Path.GetFullPath(config.FixSettings, folder),
            RiskFile = config.RiskFile is null ? null : Path.GetFullPath(config.RiskFile, folder),
        };
    }

    public static GatewayConfig Parse(string json)
    {
        GatewayConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<GatewayConfig>(json, Options);
        }
        catch (JsonException e)
        {
            throw new GatewayConfigException($"The configuration is not valid JSON for the gateway: {e.Message}", e);
        }

        if (config is null)
        {
            throw new GatewayConfigException("The configuration is empty");
        }

        Check(config);
        return config;
    }

    /// <summary>The risk limits: inline, from their file, or none (every limit off, ids up to the capacity's defaults).</summary>
    public static RiskLimits RiskLimits(GatewayConfig config)
    {
        if (config.Risk is not null)
        {
            return RiskLimitsJson.Parse(config.Risk.ToJsonString());
        }

        return config.RiskFile is not null ? RiskLimitsJson.Load(config.RiskFile) : new RiskLimits();
    }

    /// <summary>Instrument ids index arrays: above this, a typo would allocate a table of that size.</summary>
    private const int MaxInstrumentId = 1 << 22;

    private static void Check(GatewayConfig config)
    {
        var errors = new List<string>();
        // JSON nulls for lists and sections: named, not a NullReferenceException further down.
        if (config.Venues is null || config.Instruments is null || config.Clients is null || config.Clients.Strategies is null)
        {
            var missing = new[] { (config.Venues is null, "venues"), (config.Instruments is null, "instruments"), (config.Clients is null, "clients"), (config.Clients?.Strategies is null, "clients.strategies") }
                .Where(m => m.Item1).Select(m => m.Item2);
            throw new GatewayConfigException($"The configuration has errors:\n  {string.Join(", ", missing)} may be left out but not null");
        }

        if (!IPEndPoint.TryParse(config.Clients.Listen ?? "", out var listen) || listen.Port is < 0 or > 65535)
        {
            errors.Add($"clients.listen '{config.Clients.Listen}' is not HOST:PORT (an IP address and a port)");
        }

        if (config.RingSize < 2 || (config.RingSize & (config.RingSize - 1)) != 0)
        {
            errors.Add($"ringSize {config.RingSize} is not a power of two");
        }

        if (config.JournalSegmentMegabytes is < 1 or > 1024)
        {
            errors.Add($"journalSegmentMegabytes {config.JournalSegmentMegabytes} is outside 1..1024");
        }

        if (config.OrderCapacity < 1)
        {
            errors.Add("orderCapacity must be positive");
        }

        if (config.Idle is not ("spin" or "backoff"))
        {
            errors.Add($"idle '{config.Idle}' is neither 'spin' nor 'backoff'");
        }

        if (config.Threading is not ("dedicated" or "shared"))
        {
            errors.Add($"threading '{config.Threading}' is neither 'dedicated' nor 'shared'");
        }

        if (!IsFsync(config.JournalFsync))
        {
            errors.Add($"journalFsync '{config.JournalFsync}' is not 'none', 'every' or 'interval:MILLISECONDS'");
        }

        Duplicates(config.Venues.Select(v => v.Id), "venue id", errors);
        Duplicates(config.Instruments.Select(i => i.Id), "instrument id", errors);
        Duplicates(config.Clients.Strategies.Select(s => s.Id), "strategy id", errors);
        var venues = config.Venues.Select(v => v.Id).ToHashSet();
        foreach (var venue in config.Venues)
        {
            if (venue.Id < 0 || venue.Id > 63)
            {
                errors.Add($"venue '{venue.Name}': id {venue.Id} is outside 0..63");
            }

            if (venue.Protocol is "ouch42" or "ouch50")
            {
                if (string.IsNullOrWhiteSpace(venue.Host) || venue.Port is <= 0 or > 65535)
                {
                    errors.Add($"venue '{venue.Name}': an OUCH venue needs host and port");
                }

                if (string.IsNullOrEmpty(venue.Username) || venue.Password is null)
                {
                    errors.Add($"venue '{venue.Name}': an OUCH venue needs username and password");
                }
            }
            else if (venue.Protocol != "fix")
            {
                errors.Add($"venue '{venue.Name}': protocol '{venue.Protocol}' is not supported (fix, ouch42, ouch50)");
            }
            else if (string.IsNullOrWhiteSpace(venue.Session))
            {
                errors.Add($"venue '{venue.Name}': a FIX venue needs its session (BeginString:Sender->Target)");
            }
        }

        foreach (var instrument in config.Instruments)
        {
            if (instrument.Id is < 0 or > MaxInstrumentId)
            {
                errors.Add($"instrument {instrument.Id} ({instrument.Symbol}): ids run from 0 to {MaxInstrumentId}");
            }

            if (instrument.Venue >= 0 && !venues.Contains(instrument.Venue))
            {
                errors.Add($"instrument {instrument.Id} ({instrument.Symbol}) routes to venue {instrument.Venue}, which is not configured");
            }
        }

        foreach (var strategy in config.Clients.Strategies)
        {
            if (strategy.Token is null)
            {
                errors.Add($"strategy {strategy.Id}: its token is missing");
            }
            else if (strategy.Token.Length < 8)
            {
                errors.Add($"strategy {strategy.Id}: its token is shorter than 8 characters");
            }
        }

        if (config.Venues.Any(v => v.Protocol == "fix") && config.FixSettings is null && config.FixSettingsText is null)
        {
            errors.Add("FIX venues are configured but neither fixSettings nor fixSettingsText is");
        }

        AdminConfigCheck.Check(config.Admin, errors);
        if (errors.Count > 0)
        {
            throw new GatewayConfigException("The configuration has errors:\n  " + string.Join("\n  ", errors));
        }
    }

    private static bool IsFsync(string value) =>
        value is "none" or "every" || (value.StartsWith("interval:", StringComparison.Ordinal) && int.TryParse(value.AsSpan(9), out var ms) && ms > 0);

    private static void Duplicates(IEnumerable<int> ids, string what, List<string> errors)
    {
        foreach (var id in ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add($"{what} {id} appears more than once");
        }
    }
}

public sealed class GatewayConfigException : Exception
{
    public GatewayConfigException(string message)
        : base(message)
    {
    }

    public GatewayConfigException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

using Gateway.Hosting;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Store;
using Gateway.Venues.Fix;
using Gateway.Venues.Ouch;

namespace Gateway.Operations.Search;

/// <summary>
/// Searches the FIX and OUCH message logs of the gateway's venue sessions (cold path: reads the log files, a line at a
/// time, on the caller's thread; never touches the gateway's threads). FIX logs are where the sessions' FileLogPath
/// puts them (<c>&lt;BeginString&gt;-&lt;Sender&gt;-&lt;Target&gt;.messages.log</c>); OUCH logs are
/// <c>DATA/ouch/&lt;venue&gt;/&lt;venue&gt;.messages.log</c>. A FIX session without FileLogPath has nothing to search.
/// </summary>
public sealed class MessageSearch(GatewayHost host)
{
    /// <summary>The most hits one query returns, whatever its limit asks.</summary>
    public const int MaxLimit = 10_000;

    private IReadOnlyList<MessageLogSource>? _sources;

    public GatewayHost Host { get; } = host;

    /// <summary>Messages matching <paramref name="query"/>, oldest first, at most <see cref="MessageQuery.Limit"/>.</summary>
    public IReadOnlyList<FoundMessage> Find(MessageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var hits = new List<FoundMessage>();
        foreach (var source in Sources())
        {
            if (query.Session is null || string.Equals(query.Session, source.Session, StringComparison.OrdinalIgnoreCase))
            {
                source.Search(Normalised(query), limit, hits);
            }
        }

        hits.Sort((a, b) => a.Time.CompareTo(b.Time));
        return hits.Count > limit ? hits.GetRange(0, limit) : hits;
    }

    /// <summary>The message log of each venue session (files that do not exist yet are searched as empty).</summary>
    public IReadOnlyList<string> LogFiles() => Sources().Select(s => s.Path).ToArray();

    private static MessageQuery Normalised(MessageQuery query) => query with
    {
        ClOrdId = string.IsNullOrWhiteSpace(query.ClOrdId) ? null : query.ClOrdId.Trim(),
        OrderId = string.IsNullOrWhiteSpace(query.OrderId) ? null : query.OrderId.Trim(),
    };

    private IReadOnlyList<MessageLogSource> Sources() => _sources ??= BuildSources();

    private List<MessageLogSource> BuildSources()
    {
        var config = Host.Config;
        var settings = config.FixSettings is not null ? QuickFixSettingsFile.Load(config.FixSettings)
            : config.FixSettingsText is not null ? QuickFixSettingsFile.Parse(config.FixSettingsText) : null;
        var sources = new List<MessageLogSource>();
        foreach (var venue in Host.Venues)
        {
            if (venue is FixVenueAdapter fix)
            {
                var id = fix.Options.SessionId;
                SettingsSection? section = null;
                if (settings?.TryGet(id, out section) == true && section.GetPathOrNull(SettingNames.FileLogPath, config.DataDirectory) is { } folder)
                {
                    var path = Path.Combine(folder, id.FileNamePrefix + ".messages.log");
                    var found = section;
                    sources.Add(new FixLogSource(fix.Name, id.BeginString, path,
                        () => FixDictionaryLocator.For(found, id, config.DataDirectory)));
                }
            }
            else if (venue is OuchVenueAdapter ouch && ouch.Options.MessageLogPath is { } path)
            {
                sources.Add(new OuchLogSource(ouch.Name, ouch.Options.Dialect, path));
            }
        }

        return sources;
    }
}

using System.Text;
using Gateway.Hosting;
using Gateway.RiskChecks;
using Gateway.Sessions.Fix.Session;
using Gateway.Sessions.Soup;
using Gateway.Venues.Fix;
using Gateway.Venues.Ouch;

namespace Gateway.Admin.Control;

/// <summary>
/// Every counter of the gateway as <c>name → value</c> (for <c>GET /api/counters</c>): each is a single-writer value
/// read with a volatile load, from any thread, at most a moment old.
/// </summary>
public static class CounterReader
{
    public static IReadOnlyDictionary<string, long> ReadAll(GatewayHost host)
    {
        var counters = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var pipeline = host.Processor.Counters.All;
        for (var id = 0; id < pipeline.Count; id++)
        {
            counters[pipeline.LabelOf(id)] = pipeline.Get(id);
        }

        foreach (var (name, value) in host.Clients.Counters.Snapshot())
        {
            counters["clients." + name] = value;
        }

        var journal = host.Journal;
        counters["journal.appends"] = journal.Appends;
        counters["journal.appended_bytes"] = journal.AppendedBytes;
        counters["journal.rolls"] = journal.Rolls;
        counters["journal.write_failures"] = journal.Failures;

        var risk = host.Risk.Usage;
        counters["risk.checks"] = risk.Checks;
        counters["risk.commands_applied"] = risk.CommandsApplied;
        counters["risk.commands_refused"] = risk.CommandsRefused;
        foreach (var check in Enum.GetValues<RiskCheck>())
        {
            if (check != default)
            {
                counters["risk.rejects." + SnakeCase(check.ToString())] = risk.Rejects(check);
            }
        }

        foreach (var venue in host.Venues)
        {
            var prefix = "venue." + venue.Name + ".";
            switch (venue)
            {
                case FixVenueAdapter fix:
                    AddAll<FixVenueCounter>(counters, prefix, c => fix.Counters[c]);
                    if (fix.Session is { } session)
                    {
                        AddAll<FixSessionCounter>(counters, prefix + "session.", c => session.Counters[c]);
                    }

                    break;
                case OuchVenueAdapter ouch:
                    AddAll<OuchVenueCounter>(counters, prefix, c => ouch.Counters[c]);
                    AddAll<SoupCounter>(counters, prefix + "session.", c => ouch.Session.Counters[c]);
                    break;
            }
        }

        return counters;
    }

    private static void AddAll<TEnum>(SortedDictionary<string, long> counters, string prefix, Func<TEnum, long> read)
        where TEnum : struct, Enum
    {
        foreach (var counter in Enum.GetValues<TEnum>())
        {
            counters[prefix + SnakeCase(counter.ToString())] = read(counter);
        }
    }

    /// <summary><c>MessagesReceived</c> → <c>messages_received</c>.</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace Gateway.Operations.Search;

/// <summary>One venue session's message log file, read line by line (never loaded whole) by a search.</summary>
internal abstract class MessageLogSource(string session, string protocol, string path)
{
    public string Session { get; } = session;

    public string Protocol { get; } = protocol;

    public string Path { get; } = path;

    /// <summary>Adds the oldest messages of this log that match, at most <paramref name="limit"/>.</summary>
    public void Search(MessageQuery query, int limit, List<FoundMessage> hits)
    {
        if (!File.Exists(Path))
        {
            return;
        }

        var found = 0;
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, 64 * 1024);
        var matcher = NewMatcher(query);
        while (found < limit && reader.ReadLine() is { } line)
        {
            if (line.Length < TimestampLength + 5 || !TryParseTime(line, out var time))
            {
                continue;
            }

            var outgoing = line.AsSpan(TimestampLength + 1, 3).SequenceEqual("OUT");
            var inRange = (query.From is not { } from || time >= from) && (query.To is not { } to || time <= to);
            if (matcher.Matches(line.AsSpan(TimestampLength + 5), outgoing, inRange) && inRange)
            {
                hits.Add(Decode(time, outgoing ? "out" : "in", line[(TimestampLength + 5)..]));
                found++;
            }
        }
    }

    protected const int TimestampLength = 24;

    /// <summary>A matcher for one pass over this log (it may remember what it saw: the OUCH tokens of an order).</summary>
    protected abstract ILineMatcher NewMatcher(MessageQuery query);

    protected abstract FoundMessage Decode(DateTimeOffset time, string direction, string record);

    /// <summary><c>20261121-10:00:00.123456</c>: UTC, microseconds (both logs write it so).</summary>
    private static bool TryParseTime(string line, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(line.AsSpan(0, TimestampLength), "yyyyMMdd-HH:mm:ss.ffffff", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}

internal interface ILineMatcher
{
    /// <summary>
    /// Whether the record (the line after its timestamp and direction) matches. Called for every record in order, also
    /// those outside the time range (<paramref name="inRange"/> false), so that a matcher can follow an order's ids.
    /// </summary>
    bool Matches(ReadOnlySpan<char> record, bool outgoing, bool inRange);
}

using System.Globalization;
using System.Text;

namespace Gateway.Certification;

/// <summary>One message of a venue session's log: when, which way, and the frame (SOH kept).</summary>
internal sealed record LoggedMessage(DateTimeOffset Time, bool Outgoing, string Frame)
{
    public string MsgType => Field(35) ?? "";

    /// <summary>The value of the first field <paramref name="tag"/>, or null.</summary>
    public string? Field(int tag)
    {
        var key = "\u0001" + tag.ToString(CultureInfo.InvariantCulture) + "=";
        var at = Frame.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + key.Length;
        var end = Frame.IndexOf('\u0001', start);
        return end < 0 ? Frame[start..] : Frame[start..end];
    }

    /// <summary>The frame as people read it: SOH shown as '|'.</summary>
    public string Readable => Frame.Replace('\u0001', '|');
}

/// <summary>
/// Reads a FIX session's message log (<c>&lt;session&gt;.messages.log</c>, format in Sessions' LogLineFormat) from
/// a byte offset on: the messages of one case are those after the offset taken when it began. The log is written
/// by a background writer, so a reader polls until what it looks for is there (or its deadline passes).
/// </summary>
internal sealed class SessionLogReader(string path)
{
    public string Path { get; } = path;

    /// <summary>Where the log ends now: a case's window starts here.</summary>
    public long Mark() => File.Exists(Path) ? new FileInfo(Path).Length : 0;

    public List<LoggedMessage> ReadFrom(long offset)
    {
        var messages = new List<LoggedMessage>();
        if (!File.Exists(Path))
        {
            return messages;
        }

        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (offset > stream.Length)
        {
            return messages;
        }

        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (Parse(line) is { } message)
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    /// <summary><c>20261121-10:00:00.123456 IN  8=FIX.4.4␁…</c>; null for a line that is not a whole record (still being written).</summary>
    internal static LoggedMessage? Parse(string line)
    {
        const int stamp = 24;
        if (line.Length < stamp + 5 || !DateTime.TryParseExact(line.AsSpan(0, stamp), "yyyyMMdd-HH:mm:ss.ffffff",
                CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
        {
            return null;
        }

        var direction = line.AsSpan(stamp + 1, 3);
        bool outgoing;
        if (direction.SequenceEqual("OUT"))
        {
            outgoing = true;
        }
        else if (direction.SequenceEqual("IN "))
        {
            outgoing = false;
        }
        else
        {
            return null;
        }

        var frame = Unescape(line.AsSpan(stamp + 5));
        return frame.EndsWith('\u0001') ? new LoggedMessage(new DateTimeOffset(time, TimeSpan.Zero), outgoing, frame) : null;
    }

    private static string Unescape(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text.ToString();
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                result.Append(text[i] switch { 'n' => '\n', 'r' => '\r', _ => text[i] });
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}

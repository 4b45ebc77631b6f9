using System.Text;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Sessions.Tests.Fix.Session;

/// <summary>
/// The other side of a session under test, written like the acceptance scripts: messages as text with '|' for SOH;
/// BodyLength and CheckSum filled in when absent; <c>&lt;TIME&gt;</c> replaced by the test clock's time.
/// </summary>
internal sealed class FixPeer(InMemoryConnection connection, Func<long> clock)
{
    public InMemoryConnection Connection => connection;

    /// <summary>Sends the message decorated as the acceptance runner does.</summary>
    public void Send(string message) => SendRaw(Decorate(message.Replace("<TIME>", Time(0), StringComparison.Ordinal)));

    /// <summary>Sends the text exactly as given ('|' becomes SOH).</summary>
    public void SendRaw(string text) => connection.TrySend(Encoding.Latin1.GetBytes(text.Replace('|', '\u0001')));

    /// <summary>The time as a UTCTimestamp in whole seconds, offset by some days.</summary>
    public string Time(int days) =>
        DateTime.UnixEpoch.AddTicks(clock() / 100).AddDays(days).ToString("yyyyMMdd-HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>All complete frames received so far, as text with '|' for SOH.</summary>
    public List<string> ReceiveAll()
    {
        connection.Poll();
        var frames = new List<string>();
        while (true)
        {
            var read = FrameReader.Read(connection.Received);
            if (read.Kind == FrameKind.NeedMore)
            {
                return frames;
            }

            if (read.Kind == FrameKind.Complete)
            {
                frames.Add(Encoding.Latin1.GetString(connection.Received.Slice(read.Start, read.Length)).Replace('\u0001', '|'));
            }

            connection.Consume(read.Consumed);
        }
    }

    public bool IsDisconnected
    {
        get
        {
            var status = connection.Poll();
            return status < 0 || connection.IsClosed;
        }
    }

    public static string Decorate(string message)
    {
        var text = message.Replace('|', '\u0001');
        if (!text.StartsWith("8=", StringComparison.Ordinal))
        {
            return message;
        }

        var hasLength = text.Contains("\u00019=", StringComparison.Ordinal);
        var hasChecksum = text.Contains("\u000110=", StringComparison.Ordinal);
        if (!hasLength)
        {
            var afterBegin = text.IndexOf('\u0001', StringComparison.Ordinal) + 1;
            var trailer = hasChecksum ? text.IndexOf("\u000110=", StringComparison.Ordinal) + 1 : text.Length;
            var length = Encoding.UTF8.GetByteCount(text[afterBegin..trailer]);
            text = text[..afterBegin] + "9=" + length + "\u0001" + text[afterBegin..];
        }

        if (!hasChecksum)
        {
            var sum = Encoding.UTF8.GetBytes(text).Sum(b => b) % 256;
            text += "10=" + sum.ToString("000", System.Globalization.CultureInfo.InvariantCulture) + "\u0001";
        }

        return text.Replace('\u0001', '|');
    }

    /// <summary>The value of a tag in a received frame (text form), or null.</summary>
    public static string? Field(string frame, int tag)
    {
        foreach (var field in frame.Split('|'))
        {
            var eq = field.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && field[..eq] == tag.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return field[(eq + 1)..];
            }
        }

        return null;
    }

    /// <summary>The tags of a received frame in wire order.</summary>
    public static int[] Tags(string frame) =>
        frame.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => int.Parse(f[..f.IndexOf('=', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();

    public static ulong TypeOf(string frame) => MsgTypes.Pack(Field(frame, 35) ?? "");
}

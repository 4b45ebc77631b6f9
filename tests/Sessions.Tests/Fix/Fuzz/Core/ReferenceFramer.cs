namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>A piece of the byte stream the framer decided about: a whole frame, or bytes it drops.</summary>
internal readonly record struct FramerEvent(bool IsFrame, string Bytes);

/// <summary>
/// The oracle's model of how an acceptor cuts a byte stream into frames, written from QuickFIX's documented parser
/// behaviour (not from our engine's code), so that the fuzzer knows which bytes become a message and which are lost:
/// <list type="number">
/// <item>Bytes before <c>8=</c> are dropped (a trailing '8' is kept: it may start the next frame).</item>
/// <item>BodyLength is the number after the first <c>SOH 9=</c>; if it is not a number, everything up to its SOH is dropped.</item>
/// <item>The trailer is the first <c>SOH 10=</c> at or after the SOH that should end the body; the frame ends at the
/// SOH after the checksum. Until all of that has arrived, nothing happens.</item>
/// <item>The frame is good only if the body really has BodyLength bytes and the checksum is the byte sum mod 256,
/// written as exactly three digits (FIX's CheckSum format: "10=33" for 033 is wrong); otherwise the whole frame (and
/// whatever it swallowed) is dropped.</item>
/// </list>
/// </summary>
internal sealed class ReferenceFramer
{
    private string _buffer = "";

    /// <summary>Bytes waiting for the rest of a frame.</summary>
    public int Pending => _buffer.Length;

    public void Clear() => _buffer = "";

    public List<FramerEvent> Append(string latin1)
    {
        _buffer += latin1;
        var events = new List<FramerEvent>();
        while (_buffer.Length > 0)
        {
            var taken = Next(_buffer, out var isFrame);
            if (taken == 0)
            {
                break;
            }

            events.Add(new FramerEvent(isFrame, _buffer[..taken]));
            _buffer = _buffer[taken..];
        }

        return events;
    }

    /// <summary>How many bytes the next decision takes (0: wait for more), and whether they are a good frame.</summary>
    private static int Next(string b, out bool isFrame)
    {
        isFrame = false;
        var start = b.IndexOf("8=", StringComparison.Ordinal);
        if (start < 0)
        {
            return b[^1] == '8' ? b.Length - 1 : b.Length;
        }

        if (start > 0)
        {
            return start;
        }

        var lengthTag = b.IndexOf("\u00019=", StringComparison.Ordinal);
        if (lengthTag < 0)
        {
            return 0;
        }

        var lengthEnd = b.IndexOf(WireFrame.Soh, lengthTag + 3);
        if (lengthEnd < 0)
        {
            return 0;
        }

        if (!TryDigits(b[(lengthTag + 3)..lengthEnd], out var bodyLength))
        {
            return lengthEnd + 1;
        }

        var bodyStart = lengthEnd + 1;
        if (b.Length < (long)bodyStart + bodyLength)
        {
            return 0;
        }

        var trailer = b.IndexOf("\u000110=", bodyStart + bodyLength - 1, StringComparison.Ordinal);
        if (trailer < 0)
        {
            return 0;
        }

        var end = b.IndexOf(WireFrame.Soh, trailer + 4);
        if (end < 0)
        {
            return 0;
        }

        isFrame = trailer + 1 - bodyStart == bodyLength
            && end - (trailer + 4) == 3
            && TryDigits(b[(trailer + 4)..end], out var checksum)
            && checksum == WireFrame.CheckSum(b[..(trailer + 1)]) % 256;
        return end + 1;
    }

    /// <summary>ASCII digits (leading zeros allowed) whose value fits an int.</summary>
    private static bool TryDigits(string text, out int value)
    {
        value = 0;
        long wide = 0;
        if (text.Length is 0 or > 18)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            wide = (wide * 10) + (c - '0');
        }

        if (wide > int.MaxValue)
        {
            return false;
        }

        value = (int)wide;
        return true;
    }
}

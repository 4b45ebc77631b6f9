using System.Globalization;

namespace Gateway.Acceptance.Tests.Wire;

/// <summary>
/// Cuts the bytes received on one connection into messages the way the QuickFIX runner does: drop everything
/// before <c>8=</c>, read <c>9=</c>, skip that many body bytes, and end the frame at the next <c>SOH10=...SOH</c>.
/// The CheckSum is not verified here: the comparison checks it has three digits, nothing more.
/// </summary>
public sealed class ReceivedFrames
{
    private string _pending = "";

    /// <summary>Bytes received but not yet returned as a message, as a wire string.</summary>
    public string Pending => _pending;

    public void Append(ReadOnlySpan<byte> bytes) => _pending += WireText.FromBytes(bytes);

    /// <summary>
    /// Takes the next complete message. False when more bytes are needed. Throws <see cref="FormatException"/> when
    /// the BodyLength is not a number, which the QuickFIX runner cannot frame either.
    /// </summary>
    public bool TryTake(out string message)
    {
        message = "";
        var start = _pending.IndexOf("8=", StringComparison.Ordinal);
        if (start < 0)
        {
            return false;
        }

        _pending = _pending[start..];
        var lengthTag = _pending.IndexOf("\u00019=", StringComparison.Ordinal);
        if (lengthTag < 0)
        {
            return false;
        }

        var lengthStart = lengthTag + 3;
        var lengthEnd = _pending.IndexOf(WireText.Soh, lengthStart);
        if (lengthEnd < 0)
        {
            return false;
        }

        var lengthText = _pending[lengthStart..lengthEnd];
        if (!int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var bodyLength))
        {
            throw new FormatException($"received BodyLength '9={WireText.Display(lengthText)}' is not a number");
        }

        var bodyEnd = lengthEnd + 1 + bodyLength;
        if (_pending.Length < bodyEnd)
        {
            return false;
        }

        var checkSum = _pending.IndexOf("\u000110=", bodyEnd - 1, StringComparison.Ordinal);
        if (checkSum < 0)
        {
            return false;
        }

        var end = _pending.IndexOf(WireText.Soh, checkSum + 4);
        if (end < 0)
        {
            return false;
        }

        message = _pending[..(end + 1)];
        _pending = _pending[(end + 1)..];
        return true;
    }
}

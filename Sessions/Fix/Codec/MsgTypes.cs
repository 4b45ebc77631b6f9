namespace Gateway.Sessions.Fix.Codec;

/// <summary>
/// MsgType (35) values packed little-endian into a ulong so that the session can <c>switch</c> on an integer.
/// "D" packs to 0x44, "AE" to 0x4541. Values longer than 8 bytes pack to <see cref="Unknown"/>.
/// </summary>
public static class MsgTypes
{
    public const ulong Unknown = ulong.MaxValue;

    public const ulong Heartbeat = '0';
    public const ulong TestRequest = '1';
    public const ulong ResendRequest = '2';
    public const ulong Reject = '3';
    public const ulong SequenceReset = '4';
    public const ulong Logout = '5';
    public const ulong ExecutionReport = '8';
    public const ulong OrderCancelReject = '9';
    public const ulong Logon = 'A';
    public const ulong News = 'B';
    public const ulong NewOrderSingle = 'D';
    public const ulong OrderCancelRequest = 'F';
    public const ulong OrderCancelReplaceRequest = 'G';
    public const ulong BusinessMessageReject = 'j';
    public const ulong XmlNonFix = 'n';
    public const ulong QuoteRequest = 'R';
    public const ulong SecurityDefinition = 'd';
    public const ulong TradeCaptureReportRequest = ('D' << 8) | 'A'; // "AD": little-endian, first byte lowest

    public static ulong Pack(ReadOnlySpan<byte> value)
    {
        if (value.Length is 0 or > 8)
        {
            return value.Length == 0 ? 0 : Unknown;
        }

        // Little-endian: the first byte is the lowest.
        ulong packed = 0;
        for (var i = value.Length - 1; i >= 0; i--)
        {
            packed = (packed << 8) | value[i];
        }

        return packed;
    }

    public static ulong Pack(string value) => Pack(System.Text.Encoding.ASCII.GetBytes(value));

    /// <summary>Writes the packed type back as bytes; returns the count written.</summary>
    public static int Unpack(ulong packed, Span<byte> destination)
    {
        var n = 0;
        while (packed != 0 && n < 8)
        {
            destination[n++] = (byte)packed;
            packed >>= 8;
        }

        return n;
    }

    /// <summary>Admin (session-level) message types: 0, 1, 2, 3, 4, 5, A.</summary>
    public static bool IsAdmin(ulong packed) =>
        packed is Heartbeat or TestRequest or ResendRequest or Reject or SequenceReset or Logout or Logon;
}

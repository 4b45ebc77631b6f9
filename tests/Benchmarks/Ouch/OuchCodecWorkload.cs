using Gateway.Sessions.Soup;
using Gateway.Venues.Ouch;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;

namespace Gateway.Benchmarks.Ouch;

/// <summary>
/// The OUCH codec work of one order as the adapter does it, shared by the Stopwatch figures and the BenchmarkDotNet
/// class: Enter Order written with its token (4.2: 14 zero-padded digits; 5.0: UserRefNum and the ClOrdID as text),
/// and an Executed checked for its length and read field by field (4.2: the token parsed back to its number; 5.0:
/// the appendage walked).
/// </summary>
public sealed class OuchCodecWorkload
{
    private const uint Shares = 100;
    private const uint Price42 = 1_502_500; // 150.25
    private readonly byte[] _buffer = new byte[128];
    private readonly byte[] _executed42 = new byte[Ouch42Layout.ExecutedLength];
    private readonly byte[] _executed50 = new byte[Ouch50Layout.ExecutedFixedLength];

    public OuchCodecWorkload()
    {
        Span<byte> token = stackalloc byte[Ouch42Layout.TokenLength];
        OuchMapping.WriteToken42(token, 1_234_567);
        Ouch42Writer.Executed(_executed42, 34_200_000_000_000, token, Shares, Price42, (byte)'A', 987_654_321);
        Ouch50Writer.Executed(_executed50, 34_200_000_000_000, 1_234_567, Shares, Price42, (byte)'A', 987_654_321);
    }

    /// <summary>The bytes the last encode wrote (tests of the workload).</summary>
    public ReadOnlySpan<byte> Buffer => _buffer;

    public ReadOnlySpan<byte> Executed42 => _executed42;

    public ReadOnlySpan<byte> Executed50 => _executed50;

    /// <summary>4.2 Enter Order for token <paramref name="token"/>: the token's text, then the 49 bytes.</summary>
    public int EncodeEnter42(long token)
    {
        Span<byte> text = stackalloc byte[Ouch42Layout.TokenLength];
        OuchMapping.WriteToken42(text, token);
        return Ouch42Writer.EnterOrder(_buffer, text, (byte)'B', Shares, "AAPL"u8, Price42, Ouch42Layout.TifMarketHours,
            "FIRM"u8, (byte)'Y', (byte)'A', (byte)'N', 0, (byte)'N', (byte)'R');
    }

    /// <summary>5.0 Enter Order for UserRefNum <paramref name="userRefNum"/> with the gateway's ClOrdId as text.</summary>
    public int EncodeEnter50(uint userRefNum, long clOrdId)
    {
        Span<byte> text = stackalloc byte[Ouch50Layout.ClOrdIdLength];
        SoupAscii.WriteNumeric(text, clOrdId);
        return Ouch50Writer.EnterOrder(_buffer, userRefNum, (byte)'B', Shares, "AAPL"u8, Price42, Ouch50Layout.TifDay,
            (byte)'Y', (byte)'A', (byte)'N', (byte)'N', text.TrimStart((byte)' '));
    }

    /// <summary>4.2 Executed: length check, every field, the token back to its number. Returns a sum so nothing is dead code.</summary>
    public long DecodeExecuted42() => DecodeExecuted42(_executed42);

    public static long DecodeExecuted42(ReadOnlySpan<byte> m)
    {
        var length = Ouch42Layout.OutboundLength(m[0]);
        if (length == 0 || m.Length < length)
        {
            return -1;
        }

        var executed = new Ouch42Executed(m);
        return OuchMapping.ParseToken42(executed.Token) + (long)executed.Timestamp + executed.ExecutedShares
            + executed.ExecutionPrice + executed.LiquidityFlag + (long)executed.MatchNumber;
    }

    /// <summary>5.0 Executed: completeness check, every field, the (empty) appendage walked.</summary>
    public long DecodeExecuted50() => DecodeExecuted50(_executed50);

    public static long DecodeExecuted50(ReadOnlySpan<byte> m)
    {
        var fixedLength = Ouch50Layout.OutboundFixedLength(m[0]);
        if (!Ouch50Layout.IsComplete(m, fixedLength))
        {
            return -1;
        }

        var executed = new Ouch50Executed(m);
        var appendage = new OuchAppendage(executed.Appendage);
        long elements = 0;
        while (appendage.TryNext(out _, out _))
        {
            elements++;
        }

        return executed.UserRefNum + (long)executed.Timestamp + executed.Quantity + (long)executed.Price
            + executed.LiquidityFlag + (long)executed.MatchNumber + elements;
    }
}

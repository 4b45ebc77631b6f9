using System.Text;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Benchmarks.Fix.Codec;

/// <summary>
/// The work the codec figures time: a realistic FIX 4.4 NewOrderSingle (24 fields), framed, scanned and read as a
/// venue adapter reads it; and the same order encoded. Shared by the BenchmarkDotNet classes and the Stopwatch figures.
/// </summary>
public sealed class FixCodecWorkload
{
    /// <summary>2024-01-31 14:30:15.123456789 UTC.</summary>
    public const long SendingTimeNanos = 1_706_711_415_123_456_789L;

    private static readonly string NosText =
        "8=FIX.4.4|9=000|35=D|34=1234|49=CLIENT01|52=20240131-14:30:15.123|56=GATEWAY|115=DESK7|"
        + "1=ACC-001|11=ORD-20240131-000123|21=1|38=1500|40=2|44=101.2500|54=1|55=MSFT|59=0|"
        + "60=20240131-14:30:15.120|207=XNAS|18=M|47=A|528=A|100=XNAS|15=USD|10=000|";

    private readonly FixFieldTable _table = new();
    private readonly byte[] _encodeBuffer = new byte[1024];

    public FixCodecWorkload()
    {
        NewOrderSingle = BuildFrame(NosText);
    }

    /// <summary>The order as it arrives: correct BodyLength and CheckSum.</summary>
    public byte[] NewOrderSingle { get; }

    /// <summary>The fields a venue adapter takes from an order, read into a struct (no strings).</summary>
    public struct OrderFields
    {
        public int SeqNum;
        public long SendingTime;
        public long TransactTime;
        public int ClOrdIdLength;
        public int SymbolLength;
        public int AccountLength;
        public char Side;
        public char OrdType;
        public char TimeInForce;
        public long Quantity;
        public long PriceTicks;
        public int ExchangeLength;
    }

    /// <summary>Frame (with CheckSum check) + scan + typed reads by tag. Returns false if anything is missing.</summary>
    public bool Parse(ReadOnlySpan<byte> received, out OrderFields order)
    {
        order = default;
        if (!FixFraming.TryReadFrame(received, out var frame) || !frame.IsComplete)
        {
            return false;
        }

        var bytes = frame.Of(received);
        _table.Scan(bytes);
        if (_table.Error != FixScanError.None || _table.MsgType != MsgTypes.NewOrderSingle)
        {
            return false;
        }

        var msg = new FixMessage(bytes, _table);
        var ok = msg.TryGetInt(34, out order.SeqNum)
            & msg.TryGetTimestamp(52, out order.SendingTime)
            & msg.TryGetValue(11, out var clOrdId)
            & msg.TryGetValue(1, out var account)
            & msg.TryGetValue(55, out var symbol)
            & msg.TryGetChar(54, out order.Side)
            & msg.TryGetChar(40, out order.OrdType)
            & msg.TryGetChar(59, out order.TimeInForce)
            & msg.TryGetDecimal(38, out var quantity)
            & msg.TryGetDecimal(44, out var price)
            & msg.TryGetTimestamp(60, out order.TransactTime)
            & msg.TryGetValue(207, out var exchange);
        order.ClOrdIdLength = clOrdId.Length;
        order.AccountLength = account.Length;
        order.SymbolLength = symbol.Length;
        order.ExchangeLength = exchange.Length;
        return ok & quantity.TryToScaled(0, out order.Quantity) & price.TryToScaled(4, out order.PriceTicks);
    }

    /// <summary>Encodes the same order (what the gateway sends a venue); returns the frame length.</summary>
    public int Encode(int seqNum, long nowNanos) => Encode(_encodeBuffer, seqNum, nowNanos);

    public ReadOnlySpan<byte> EncodedBytes(int length) => _encodeBuffer.AsSpan(0, length);

    public static int Encode(Span<byte> buffer, int seqNum, long nowNanos)
    {
        var w = new FixWriter(buffer);
        w.Begin("FIX.4.4"u8, "D"u8);
        w.Add(34, seqNum);
        w.Add(49, "CLIENT01"u8);
        w.AddTimestamp(52, nowNanos, TimestampPrecision.Millis);
        w.Add(56, "GATEWAY"u8);
        w.Add(115, "DESK7"u8);
        w.Add(1, "ACC-001"u8);
        w.Add(11, "ORD-20240131-000123"u8);
        w.Add(21, '1');
        w.Add(38, 1500L);
        w.Add(40, '2');
        w.Add(44, new FixDecimal(1_012_500, 4));
        w.Add(54, '1');
        w.Add(55, "MSFT"u8);
        w.Add(59, '0');
        w.AddTimestamp(60, nowNanos - 3_000_000, TimestampPrecision.Millis);
        w.Add(207, "XNAS"u8);
        w.Add(18, 'M');
        w.Add(47, 'A');
        w.Add(528, 'A');
        w.Add(100, "XNAS"u8);
        w.Add(15, "USD"u8);
        return w.Finish();
    }

    /// <summary>Replaces placeholder 9= and 10= with the right values ('|' stands for SOH).</summary>
    private static byte[] BuildFrame(string text)
    {
        var soh = text.Replace('|', '\u0001');
        var bodyStart = soh.IndexOf("35=", StringComparison.Ordinal);
        var trailer = soh.LastIndexOf("10=", StringComparison.Ordinal);
        var body = soh[bodyStart..trailer];
        var head = soh[..soh.IndexOf("9=", StringComparison.Ordinal)] + "9=" + body.Length + "\u0001";
        var withoutChecksum = Encoding.ASCII.GetBytes(head + body);
        var checksum = FixChecksum.Compute(withoutChecksum);
        return Encoding.ASCII.GetBytes(head + body + "10=" + checksum.ToString("D3") + "\u0001");
    }
}

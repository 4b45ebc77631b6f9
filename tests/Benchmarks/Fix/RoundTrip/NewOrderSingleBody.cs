using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Benchmarks.Fix.RoundTrip;

/// <summary>
/// The body of the FIX 4.4 NewOrderSingle every FIX figure uses: a limit order for a US equity as a buy-side OMS
/// sends it, with two parties (a repeating group), 17 body fields. The session (or <see cref="Validate.NewOrderSample"/>)
/// writes the header before it.
/// <code>
/// 11=ClOrdID|1=ACC-001|21=1|453=2|448=TRDR7|447=D|452=11|448=XNAS-MM|447=D|452=1|55=MSFT|48=594918104|22=1|
/// 207=XNAS|54=1|60=TransactTime|38=1500|40=2|44=101.25|15=USD|59=0|528=A|
/// </code>
/// </summary>
public struct NewOrderSingleBody(long clOrdId, long transactTimeNanos) : IFixBody
{
    public const long Quantity = 1500;

    /// <summary>101.25 with four decimals.</summary>
    public static readonly FixDecimal Price = new(1_012_500, 4);

    public void WriteHeader(ref FixHeaderFields header)
    {
    }

    public readonly void WriteBody(ref FixWriter writer)
    {
        writer.Add(11, clOrdId);
        writer.Add(1, "ACC-001"u8);
        writer.Add(21, '1');
        writer.Add(453, 2);
        writer.Add(448, "TRDR7"u8);
        writer.Add(447, 'D');
        writer.Add(452, 11);
        writer.Add(448, "XNAS-MM"u8);
        writer.Add(447, 'D');
        writer.Add(452, 1);
        writer.Add(55, "MSFT"u8);
        writer.Add(48, "594918104"u8);
        writer.Add(22, '1');
        writer.Add(207, "XNAS"u8);
        writer.Add(54, '1');
        writer.AddTimestamp(60, transactTimeNanos, TimestampPrecision.Millis);
        writer.Add(38, Quantity);
        writer.Add(40, '2');
        writer.Add(44, Price);
        writer.Add(15, "USD"u8);
        writer.Add(59, '0');
        writer.Add(528, 'A');
    }
}

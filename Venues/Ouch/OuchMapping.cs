using System.Buffers.Text;
using Gateway.Sessions.Soup;
using Gateway.Venues.Orders;
using Gateway.Venues.Ouch.Codec42;
using Gateway.Venues.Ouch.Codec50;

namespace Gateway.Venues.Ouch;

/// <summary>How the gateway's order fields become OUCH fields and back. No allocation.</summary>
public static class OuchMapping
{
    /// <summary>Gateway prices have 8 implied decimals, OUCH prices 4.</summary>
    public const long PriceScale = 10_000;

    /// <summary>An 8-decimal price as OUCH's 4 decimals; false if it has digits past the 4th or is not positive.</summary>
    public static bool TryToOuchPrice(long price8, long max, out long price4)
    {
        price4 = price8 / PriceScale;
        return price8 > 0 && price8 % PriceScale == 0 && price4 <= max;
    }

    public static long FromOuchPrice(ulong price4) => (long)price4 * PriceScale;

    public static byte SideCode(Side side) => side switch
    {
        Side.Buy => (byte)'B',
        Side.Sell => (byte)'S',
        Side.SellShort => (byte)'T',
        _ => 0,
    };

    /// <summary>4.2 time in force in seconds; false for what OUCH cannot carry (GTC, FOK).</summary>
    public static bool TryTimeInForce42(TimeInForce tif, uint day, out uint seconds)
    {
        seconds = tif switch
        {
            TimeInForce.Day => day,
            TimeInForce.ImmediateOrCancel => Ouch42Layout.TifImmediate,
            _ => uint.MaxValue,
        };
        return seconds != uint.MaxValue;
    }

    /// <summary>5.0 time in force character; false for what OUCH cannot carry (GTC, FOK).</summary>
    public static bool TryTimeInForce50(TimeInForce tif, out byte code)
    {
        code = tif switch
        {
            TimeInForce.Day => Ouch50Layout.TifDay,
            TimeInForce.ImmediateOrCancel => Ouch50Layout.TifImmediateOrCancel,
            _ => 0,
        };
        return code != 0;
    }

    /// <summary>A 4.2 token as text: the number in 14 zero-padded digits, so tokens increase as text too.</summary>
    public static void WriteToken42(Span<byte> field, long token) => SoupAscii.WriteZeroPadded(field, token);

    /// <summary>The number of a 4.2 token we wrote; 0 for anything else.</summary>
    public static long ParseToken42(ReadOnlySpan<byte> field) =>
        SoupAscii.TryParseNumeric(field, out var token) ? token : 0;

    /// <summary>A venue number (order reference, match number) as decimal text.</summary>
    public static void SetNumber(ref VenueText text, ulong value)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out var written);
        text.Set(digits[..written]);
    }

    /// <summary>The 4.2 reject reason letter's meaning (the 5.0 code is numeric: its text is the number).</summary>
    public static ReadOnlySpan<byte> RejectText42(byte reason) => reason switch
    {
        (byte)'T' => "test mode"u8,
        (byte)'H' => "halted"u8,
        (byte)'Z' => "shares exceed safety threshold"u8,
        (byte)'S' => "invalid stock"u8,
        (byte)'D' => "invalid display type"u8,
        (byte)'C' => "exchange closed"u8,
        (byte)'L' => "firm not authorized"u8,
        (byte)'M' => "outside permitted times"u8,
        (byte)'R' => "not allowed for cross type"u8,
        (byte)'X' => "invalid price"u8,
        (byte)'N' => "invalid minimum quantity"u8,
        (byte)'O' => "other"u8,
        _ => "rejected"u8,
    };
}

using System.Buffers.Binary;
using Gateway.Sessions.Fix.Codec;

namespace Gateway.Demo;

/// <summary>A fill as the reporter prints it.</summary>
public readonly record struct FillSnapshot(long Number, long ClOrdId, string Symbol, char Side, FixDecimal Quantity, FixDecimal Price);

/// <summary>
/// The latest fill, written by the strategy's engine thread without allocating and read by the reporter thread
/// (a sequence lock: the writer makes the version odd while it writes; a reader retries if the version moved).
/// </summary>
public sealed class LastFill
{
    private long _version;
    private long _number;
    private long _clOrdId;
    private ulong _symbol;
    private long _side;
    private long _quantityMantissa;
    private long _quantityScale;
    private long _priceMantissa;
    private long _priceScale;

    /// <summary>Engine thread. Symbols longer than eight bytes are cut for display.</summary>
    public void Write(long number, long clOrdId, ReadOnlySpan<byte> symbol, char side, FixDecimal quantity, FixDecimal price)
    {
        Span<byte> packed = stackalloc byte[sizeof(ulong)];
        packed.Clear();
        symbol[..Math.Min(symbol.Length, packed.Length)].CopyTo(packed);
        var version = _version;
        Volatile.Write(ref _version, version + 1);
        Volatile.Write(ref _number, number);
        Volatile.Write(ref _clOrdId, clOrdId);
        Volatile.Write(ref _symbol, BinaryPrimitives.ReadUInt64LittleEndian(packed));
        Volatile.Write(ref _side, side);
        Volatile.Write(ref _quantityMantissa, quantity.Mantissa);
        Volatile.Write(ref _quantityScale, quantity.Scale);
        Volatile.Write(ref _priceMantissa, price.Mantissa);
        Volatile.Write(ref _priceScale, price.Scale);
        Volatile.Write(ref _version, version + 2);
    }

    /// <summary>Any thread; false before the first fill.</summary>
    public bool TryRead(out FillSnapshot fill)
    {
        while (true)
        {
            var before = Volatile.Read(ref _version);
            if ((before & 1) != 0)
            {
                Thread.SpinWait(1);
                continue;
            }

            var number = Volatile.Read(ref _number);
            var clOrdId = Volatile.Read(ref _clOrdId);
            var symbol = Volatile.Read(ref _symbol);
            var side = (char)Volatile.Read(ref _side);
            var quantity = new FixDecimal(Volatile.Read(ref _quantityMantissa), (int)Volatile.Read(ref _quantityScale));
            var price = new FixDecimal(Volatile.Read(ref _priceMantissa), (int)Volatile.Read(ref _priceScale));
            if (Volatile.Read(ref _version) != before)
            {
                continue;
            }

            Span<byte> bytes = stackalloc byte[sizeof(ulong)];
            BinaryPrimitives.WriteUInt64LittleEndian(bytes, symbol);
            var length = bytes.IndexOf((byte)0);
            fill = new FillSnapshot(number, clOrdId, System.Text.Encoding.ASCII.GetString(length < 0 ? bytes : bytes[..length]), side, quantity, price);
            return number > 0;
        }
    }
}

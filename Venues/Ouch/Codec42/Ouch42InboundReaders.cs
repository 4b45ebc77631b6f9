using System.Buffers.Binary;

namespace Gateway.Venues.Ouch.Codec42;

// Flyweights over client→exchange messages (the simulator's side, and tests). The caller checks the length first
// (Ouch42Layout.InboundLength); alpha fields come back padded, trim with SoupAscii.TrimAlpha.

public readonly ref struct Ouch42EnterOrder(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ReadOnlySpan<byte> Token => _m.Slice(1, Ouch42Layout.TokenLength);
    public byte Side => _m[15];
    public uint Shares => BinaryPrimitives.ReadUInt32BigEndian(_m[16..]);
    public ReadOnlySpan<byte> Stock => _m.Slice(20, Ouch42Layout.StockLength);
    public uint Price => BinaryPrimitives.ReadUInt32BigEndian(_m[28..]);
    public uint TimeInForce => BinaryPrimitives.ReadUInt32BigEndian(_m[32..]);
    public ReadOnlySpan<byte> Firm => _m.Slice(36, Ouch42Layout.FirmLength);
    public byte Display => _m[40];
    public byte Capacity => _m[41];
    public byte IntermarketSweep => _m[42];
    public uint MinimumQuantity => BinaryPrimitives.ReadUInt32BigEndian(_m[43..]);
    public byte CrossType => _m[47];
    public byte CustomerType => _m[48];
}

public readonly ref struct Ouch42ReplaceOrder(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ReadOnlySpan<byte> ExistingToken => _m.Slice(1, Ouch42Layout.TokenLength);
    public ReadOnlySpan<byte> ReplacementToken => _m.Slice(15, Ouch42Layout.TokenLength);
    public uint Shares => BinaryPrimitives.ReadUInt32BigEndian(_m[29..]);
    public uint Price => BinaryPrimitives.ReadUInt32BigEndian(_m[33..]);
    public uint TimeInForce => BinaryPrimitives.ReadUInt32BigEndian(_m[37..]);
    public byte Display => _m[41];
    public byte IntermarketSweep => _m[42];
    public uint MinimumQuantity => BinaryPrimitives.ReadUInt32BigEndian(_m[43..]);
}

public readonly ref struct Ouch42CancelOrder(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ReadOnlySpan<byte> Token => _m.Slice(1, Ouch42Layout.TokenLength);
    public uint Shares => BinaryPrimitives.ReadUInt32BigEndian(_m[15..]);
}

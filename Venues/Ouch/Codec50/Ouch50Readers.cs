using System.Buffers.Binary;

namespace Gateway.Venues.Ouch.Codec50;

// Flyweights over OUCH 5.0 messages, both directions. The caller checks Ouch50Layout.IsComplete first; Appendage is
// the optional-field bytes, walked with OuchAppendage.

public readonly ref struct Ouch50EnterOrder(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[1..]);
    public byte Side => _m[5];
    public uint Quantity => BinaryPrimitives.ReadUInt32BigEndian(_m[6..]);
    public ReadOnlySpan<byte> Symbol => _m.Slice(10, Ouch50Layout.SymbolLength);
    public ulong Price => BinaryPrimitives.ReadUInt64BigEndian(_m[18..]);
    public byte TimeInForce => _m[26];
    public byte Display => _m[27];
    public byte Capacity => _m[28];
    public byte IntermarketSweep => _m[29];
    public byte CrossType => _m[30];
    public ReadOnlySpan<byte> ClOrdId => _m.Slice(31, Ouch50Layout.ClOrdIdLength);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.EnterOrderFixedLength);
}

public readonly ref struct Ouch50ReplaceOrder(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public uint OrigUserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[5..]);
    public uint Quantity => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public ulong Price => BinaryPrimitives.ReadUInt64BigEndian(_m[13..]);
    public byte TimeInForce => _m[21];
    public byte Display => _m[22];
    public byte IntermarketSweep => _m[23];
    public ReadOnlySpan<byte> ClOrdId => _m.Slice(24, Ouch50Layout.ClOrdIdLength);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.ReplaceOrderFixedLength);
}

public readonly ref struct Ouch50CancelOrder(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[1..]);
    public uint Quantity => BinaryPrimitives.ReadUInt32BigEndian(_m[5..]);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.CancelOrderFixedLength);
}

public readonly ref struct Ouch50Accepted(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public byte Side => _m[13];
    public uint Quantity => BinaryPrimitives.ReadUInt32BigEndian(_m[14..]);
    public ReadOnlySpan<byte> Symbol => _m.Slice(18, Ouch50Layout.SymbolLength);
    public ulong Price => BinaryPrimitives.ReadUInt64BigEndian(_m[26..]);
    public byte TimeInForce => _m[34];
    public byte Display => _m[35];
    public ulong OrderReferenceNumber => BinaryPrimitives.ReadUInt64BigEndian(_m[36..]);
    public byte Capacity => _m[44];
    public byte IntermarketSweep => _m[45];
    public byte CrossType => _m[46];
    public byte OrderState => _m[47];
    public ReadOnlySpan<byte> ClOrdId => _m.Slice(48, Ouch50Layout.ClOrdIdLength);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.AcceptedFixedLength);
}

public readonly ref struct Ouch50Replaced(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint OrigUserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[13..]);
    public byte Side => _m[17];
    public uint Quantity => BinaryPrimitives.ReadUInt32BigEndian(_m[18..]);
    public ReadOnlySpan<byte> Symbol => _m.Slice(22, Ouch50Layout.SymbolLength);
    public ulong Price => BinaryPrimitives.ReadUInt64BigEndian(_m[30..]);
    public byte TimeInForce => _m[38];
    public byte Display => _m[39];
    public ulong OrderReferenceNumber => BinaryPrimitives.ReadUInt64BigEndian(_m[40..]);
    public byte Capacity => _m[48];
    public byte IntermarketSweep => _m[49];
    public byte CrossType => _m[50];
    public byte OrderState => _m[51];
    public ReadOnlySpan<byte> ClOrdId => _m.Slice(52, Ouch50Layout.ClOrdIdLength);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.ReplacedFixedLength);
}

public readonly ref struct Ouch50Canceled(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public uint Quantity => BinaryPrimitives.ReadUInt32BigEndian(_m[13..]);
    public byte Reason => _m[17];
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.CanceledFixedLength);
}

public readonly ref struct Ouch50Executed(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public uint Quantity => BinaryPrimitives.ReadUInt32BigEndian(_m[13..]);
    public ulong Price => BinaryPrimitives.ReadUInt64BigEndian(_m[17..]);
    public byte LiquidityFlag => _m[25];
    public ulong MatchNumber => BinaryPrimitives.ReadUInt64BigEndian(_m[26..]);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.ExecutedFixedLength);
}

public readonly ref struct Ouch50Rejected(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public ushort Reason => BinaryPrimitives.ReadUInt16BigEndian(_m[13..]);
    public ReadOnlySpan<byte> ClOrdId => _m.Slice(15, Ouch50Layout.ClOrdIdLength);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.RejectedFixedLength);
}

/// <summary>Cancel Reject 'I'.</summary>
public readonly ref struct Ouch50CancelReject(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.CancelRejectFixedLength);
}

public readonly ref struct Ouch50SystemEvent(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public byte Event => _m[9];
}

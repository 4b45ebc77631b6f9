using System.Buffers.Binary;

namespace Gateway.Venues.Ouch.Codec50;

// Flyweights over the OUCH 5.0 order events beyond the core five (layouts in Ouch50Layout). The caller checks
// Ouch50Layout.IsComplete first.

/// <summary>Cancel Pending 'P': a cancel of an order in a cross is queued until the cross.</summary>
public readonly ref struct Ouch50CancelPending(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.CancelPendingFixedLength);
}

/// <summary>Broken Trade 'B': the execution with this Match Number is void.</summary>
public readonly ref struct Ouch50BrokenTrade(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public ulong MatchNumber => BinaryPrimitives.ReadUInt64BigEndian(_m[13..]);
    public byte Reason => _m[21];
    public ReadOnlySpan<byte> ClOrdId => _m.Slice(22, Ouch50Layout.ClOrdIdLength);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.BrokenTradeFixedLength);
}

/// <summary>Order Priority Update 'T': the order's price, display or reference number changed (its priority too).</summary>
public readonly ref struct Ouch50PriorityUpdate(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public ulong Price => BinaryPrimitives.ReadUInt64BigEndian(_m[13..]);
    public byte Display => _m[21];
    public ulong OrderReferenceNumber => BinaryPrimitives.ReadUInt64BigEndian(_m[22..]);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.PriorityUpdateFixedLength);
}

/// <summary>Order Modified 'M': the order's side and open quantity after a Modify Order request.</summary>
public readonly ref struct Ouch50OrderModified(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public byte Side => _m[13];
    public uint Quantity => BinaryPrimitives.ReadUInt32BigEndian(_m[14..]);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.OrderModifiedFixedLength);
}

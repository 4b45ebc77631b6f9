using System.Buffers.Binary;

namespace Gateway.Venues.Ouch.Codec42;

// Flyweights over exchange→client messages. The caller checks the length first (Ouch42Layout.OutboundLength).

public readonly ref struct Ouch42SystemEvent(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public byte Event => _m[9];
}

/// <summary>Accepted 'A'; also the first 65 bytes of Replaced 'U'.</summary>
public readonly ref struct Ouch42Accepted(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public ReadOnlySpan<byte> Token => _m.Slice(9, Ouch42Layout.TokenLength);
    public byte Side => _m[23];
    public uint Shares => BinaryPrimitives.ReadUInt32BigEndian(_m[24..]);
    public ReadOnlySpan<byte> Stock => _m.Slice(28, Ouch42Layout.StockLength);
    public uint Price => BinaryPrimitives.ReadUInt32BigEndian(_m[36..]);
    public uint TimeInForce => BinaryPrimitives.ReadUInt32BigEndian(_m[40..]);
    public ReadOnlySpan<byte> Firm => _m.Slice(44, Ouch42Layout.FirmLength);
    public byte Display => _m[48];
    public ulong OrderReferenceNumber => BinaryPrimitives.ReadUInt64BigEndian(_m[49..]);
    public byte Capacity => _m[57];
    public byte IntermarketSweep => _m[58];
    public uint MinimumQuantity => BinaryPrimitives.ReadUInt32BigEndian(_m[59..]);
    public byte CrossType => _m[63];
    public byte OrderState => _m[64];

    /// <summary>Accepted only: Replaced carries its Previous Token here.</summary>
    public byte BboWeightIndicator => _m[65];
}

public readonly ref struct Ouch42Replaced(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    /// <summary>The order as replaced: the fields Replaced shares with Accepted (Token is the replacement token).</summary>
    public Ouch42Accepted Order => new(_m);
    public ReadOnlySpan<byte> PreviousToken => _m.Slice(65, Ouch42Layout.TokenLength);
    public byte BboWeightIndicator => _m[79];
}

public readonly ref struct Ouch42Canceled(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public ReadOnlySpan<byte> Token => _m.Slice(9, Ouch42Layout.TokenLength);
    public uint DecrementShares => BinaryPrimitives.ReadUInt32BigEndian(_m[23..]);
    public byte Reason => _m[27];
}

public readonly ref struct Ouch42Executed(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public ReadOnlySpan<byte> Token => _m.Slice(9, Ouch42Layout.TokenLength);
    public uint ExecutedShares => BinaryPrimitives.ReadUInt32BigEndian(_m[23..]);
    public uint ExecutionPrice => BinaryPrimitives.ReadUInt32BigEndian(_m[27..]);
    public byte LiquidityFlag => _m[31];
    public ulong MatchNumber => BinaryPrimitives.ReadUInt64BigEndian(_m[32..]);
}

public readonly ref struct Ouch42Rejected(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public ReadOnlySpan<byte> Token => _m.Slice(9, Ouch42Layout.TokenLength);
    public byte Reason => _m[23];
}

public readonly ref struct Ouch42BrokenTrade(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public ReadOnlySpan<byte> Token => _m.Slice(9, Ouch42Layout.TokenLength);
    public ulong MatchNumber => BinaryPrimitives.ReadUInt64BigEndian(_m[23..]);
    public byte Reason => _m[31];
}

/// <summary>Cancel Pending 'P' and Cancel Reject 'I': a timestamp and a token.</summary>
public readonly ref struct Ouch42TokenEvent(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public byte Type => _m[0];
    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public ReadOnlySpan<byte> Token => _m.Slice(9, Ouch42Layout.TokenLength);
}

public readonly ref struct Ouch42PriorityUpdate(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public ReadOnlySpan<byte> Token => _m.Slice(9, Ouch42Layout.TokenLength);
    public uint Price => BinaryPrimitives.ReadUInt32BigEndian(_m[23..]);
    public byte Display => _m[27];
    public ulong OrderReferenceNumber => BinaryPrimitives.ReadUInt64BigEndian(_m[28..]);
}

public readonly ref struct Ouch42OrderModified(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public ReadOnlySpan<byte> Token => _m.Slice(9, Ouch42Layout.TokenLength);
    public byte Side => _m[23];
    public uint Shares => BinaryPrimitives.ReadUInt32BigEndian(_m[24..]);
}

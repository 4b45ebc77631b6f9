using System.Buffers.Binary;

namespace Gateway.Venues.Ouch.Codec50;

// Flyweights over the OUCH 5.0 account-level requests and their responses (layouts in Ouch50Layout): Mass Cancel,
// Disable / Enable Order Entry, Account Query. The caller checks Ouch50Layout.IsComplete first.

/// <summary>Mass Cancel Request 'C' (inbound): cancel the firm's orders, in one symbol or (blank) all.</summary>
public readonly ref struct Ouch50MassCancelRequest(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[1..]);
    public ReadOnlySpan<byte> Firm => _m.Slice(5, Ouch50Layout.FirmLength);
    public ReadOnlySpan<byte> Symbol => _m.Slice(9, Ouch50Layout.SymbolLength);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.MassCancelRequestFixedLength);
}

/// <summary>Disable Order Entry 'D' / Enable Order Entry 'E' (inbound): one layout, the type byte says which.</summary>
public readonly ref struct Ouch50OrderEntryRequest(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public byte Type => _m[0];
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[1..]);
    public ReadOnlySpan<byte> Firm => _m.Slice(5, Ouch50Layout.FirmLength);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.OrderEntryRequestFixedLength);
}

/// <summary>Account Query Request 'Q' (inbound): asks for the next UserRefNum the venue will accept.</summary>
public readonly ref struct Ouch50AccountQueryRequest(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.AccountQueryRequestFixedLength);
}

/// <summary>Mass Cancel Response 'X' (outbound): echoes the request.</summary>
public readonly ref struct Ouch50MassCancelResponse(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public ReadOnlySpan<byte> Firm => _m.Slice(13, Ouch50Layout.FirmLength);
    public ReadOnlySpan<byte> Symbol => _m.Slice(17, Ouch50Layout.SymbolLength);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.MassCancelResponseFixedLength);
}

/// <summary>Disable Order Entry Response 'G' / Enable Order Entry Response 'K' (outbound): echoes the request.</summary>
public readonly ref struct Ouch50OrderEntryResponse(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public byte Type => _m[0];
    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint UserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public ReadOnlySpan<byte> Firm => _m.Slice(13, Ouch50Layout.FirmLength);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.OrderEntryResponseFixedLength);
}

/// <summary>Account Query Response 'Q' (outbound): the next UserRefNum the venue will accept on this account.</summary>
public readonly ref struct Ouch50AccountQueryResponse(ReadOnlySpan<byte> message)
{
    private readonly ReadOnlySpan<byte> _m = message;

    public ulong Timestamp => BinaryPrimitives.ReadUInt64BigEndian(_m[1..]);
    public uint NextUserRefNum => BinaryPrimitives.ReadUInt32BigEndian(_m[9..]);
    public ReadOnlySpan<byte> Appendage => OuchAppendage.Of(_m, Ouch50Layout.AccountQueryResponseFixedLength);
}

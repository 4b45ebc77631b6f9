using System.Buffers.Binary;

namespace Gateway.Sessions.Soup;

/// <summary>
/// Writes SoupBinTCP packets into a caller's buffer and returns their length (length field included). Sequenced and
/// unsequenced data: <see cref="WriteHeader"/> in front of a payload the caller wrote at <see cref="SoupLayout.PayloadOffset"/>.
/// </summary>
public static class SoupPacketWriter
{
    public static int WriteHeader(Span<byte> packet, byte type, int payloadLength)
    {
        BinaryPrimitives.WriteUInt16BigEndian(packet, (ushort)(payloadLength + 1));
        packet[SoupLayout.TypeOffset] = type;
        return payloadLength + SoupLayout.HeaderLength;
    }

    public static int WriteEmpty(Span<byte> packet, byte type) => WriteHeader(packet, type, 0);

    public static int WriteData(Span<byte> packet, byte type, ReadOnlySpan<byte> payload)
    {
        payload.CopyTo(packet[SoupLayout.PayloadOffset..]);
        return WriteHeader(packet, type, payload.Length);
    }

    public static int WriteLoginRequest(Span<byte> packet, ReadOnlySpan<byte> username, ReadOnlySpan<byte> password,
        ReadOnlySpan<byte> session, long requestedSequence)
    {
        WriteHeader(packet, SoupPacketType.LoginRequest, SoupLayout.LoginRequestPacketLength - SoupLayout.HeaderLength);
        SoupAscii.WriteAlpha(packet.Slice(SoupLayout.UsernameOffset, SoupLayout.UsernameLength), username);
        SoupAscii.WriteAlpha(packet.Slice(SoupLayout.PasswordOffset, SoupLayout.PasswordLength), password);
        SoupAscii.WriteAlpha(packet.Slice(SoupLayout.RequestedSessionOffset, SoupLayout.SessionLength), session);
        SoupAscii.WriteNumeric(packet.Slice(SoupLayout.RequestedSequenceOffset, SoupLayout.SequenceLength), requestedSequence);
        return SoupLayout.LoginRequestPacketLength;
    }

    public static int WriteLoginAccepted(Span<byte> packet, ReadOnlySpan<byte> session, long sequence)
    {
        WriteHeader(packet, SoupPacketType.LoginAccepted, SoupLayout.LoginAcceptedPacketLength - SoupLayout.HeaderLength);
        SoupAscii.WriteAlpha(packet.Slice(SoupLayout.AcceptedSessionOffset, SoupLayout.SessionLength), session);
        SoupAscii.WriteNumeric(packet.Slice(SoupLayout.AcceptedSequenceOffset, SoupLayout.SequenceLength), sequence);
        return SoupLayout.LoginAcceptedPacketLength;
    }

    public static int WriteLoginRejected(Span<byte> packet, SoupLoginRejectReason reason)
    {
        WriteHeader(packet, SoupPacketType.LoginRejected, 1);
        packet[SoupLayout.RejectReasonOffset] = (byte)reason;
        return SoupLayout.LoginRejectedPacketLength;
    }
}

using System.Buffers.Binary;
using System.Text;
using Gateway.Sessions.Soup;

namespace Gateway.Sessions.Tests.Soup.Fuzz;

/// <summary>SoupBinTCP packets for the fuzzers, good and bad, built into a caller's buffer; and a reader of what was sent.</summary>
internal static class SoupFuzzPackets
{
    /// <summary>The packet types a side may receive; anything else is unknown to it.</summary>
    public const string ServerTakes = "LURO+";
    public const string ClientTakes = "AJSHZ+";

    public static int Empty(Span<byte> into, char type) => SoupPacketWriter.WriteEmpty(into, (byte)type);

    public static int Data(Span<byte> into, char type, ReadOnlySpan<byte> payload) =>
        SoupPacketWriter.WriteData(into, (byte)type, payload);

    public static int Login(Span<byte> into, string user, string password, string session, string requested)
    {
        SoupPacketWriter.WriteLoginRequest(into, Encoding.ASCII.GetBytes(user), Encoding.ASCII.GetBytes(password),
            Encoding.ASCII.GetBytes(session), 0);
        SoupAscii.WriteAlpha(into.Slice(SoupLayout.RequestedSequenceOffset, SoupLayout.SequenceLength), Encoding.ASCII.GetBytes(requested.PadLeft(20)));
        return SoupLayout.LoginRequestPacketLength;
    }

    public static int Accepted(Span<byte> into, string session, string sequence)
    {
        SoupPacketWriter.WriteLoginAccepted(into, Encoding.ASCII.GetBytes(session), 0);
        SoupAscii.WriteAlpha(into.Slice(SoupLayout.AcceptedSequenceOffset, SoupLayout.SequenceLength), Encoding.ASCII.GetBytes(sequence.PadLeft(20)));
        return SoupLayout.LoginAcceptedPacketLength;
    }

    /// <summary>A header whose length field says <paramref name="lengthField"/> whatever follows.</summary>
    public static int Header(Span<byte> into, int lengthField, char type)
    {
        BinaryPrimitives.WriteUInt16BigEndian(into, (ushort)lengthField);
        into[2] = (byte)type;
        return 3;
    }

    /// <summary>The packets in <paramref name="bytes"/> (whole ones), as (type, payload).</summary>
    public static List<(char Type, byte[] Payload)> Parse(ReadOnlySpan<byte> bytes)
    {
        var packets = new List<(char, byte[])>();
        while (bytes.Length >= 3)
        {
            int length = BinaryPrimitives.ReadUInt16BigEndian(bytes);
            if (length == 0 || bytes.Length < length + 2)
            {
                throw new InvalidOperationException($"the session sent a bad packet: length {length}, {bytes.Length} bytes left");
            }

            packets.Add(((char)bytes[2], bytes.Slice(3, length - 1).ToArray()));
            bytes = bytes[(length + 2)..];
        }

        if (!bytes.IsEmpty)
        {
            throw new InvalidOperationException($"the session sent {bytes.Length} stray bytes");
        }

        return packets;
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Gateway.Api.Protocol;

/// <summary>
/// Reads and writes message structs as bytes. The structs are packed and little-endian like the wire, so a read or
/// a write is one unaligned copy: no parsing, no allocation.
/// </summary>
public static class ApiWire
{
    static ApiWire()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The binary order API maps its little-endian layouts onto structs: a big-endian host is not supported.");
        }
    }

    /// <summary>The header's length, type and version for a message of type <typeparamref name="T"/>.</summary>
    public static void Stamp<T>(ref T message)
        where T : unmanaged, IApiMessage
    {
        ref var header = ref Unsafe.As<T, MessageHeader>(ref message);
        header.Length = (ushort)Unsafe.SizeOf<T>();
        header.Type = T.Type;
        header.Version = ProtocolVersion.Current;
        header.Reserved = 0;
    }

    /// <summary>Stamps the header and copies the message into <paramref name="destination"/>; returns the bytes written, 0 if it does not fit.</summary>
    public static int Write<T>(Span<byte> destination, ref T message)
        where T : unmanaged, IApiMessage
    {
        var size = Unsafe.SizeOf<T>();
        if (destination.Length < size)
        {
            return 0;
        }

        Stamp(ref message);
        MemoryMarshal.Write(destination, in message);
        return size;
    }

    /// <summary>The header at the start of <paramref name="source"/> (at least <see cref="MessageHeader.Size"/> bytes).</summary>
    public static MessageHeader ReadHeader(ReadOnlySpan<byte> source) => MemoryMarshal.Read<MessageHeader>(source);

    /// <summary>
    /// The message at the start of <paramref name="frame"/>, when the frame is exactly one <typeparamref name="T"/>:
    /// false when the length is not the type's size.
    /// </summary>
    public static bool TryRead<T>(ReadOnlySpan<byte> frame, out T message)
        where T : unmanaged, IApiMessage
    {
        if (frame.Length != Unsafe.SizeOf<T>())
        {
            message = default;
            return false;
        }

        message = MemoryMarshal.Read<T>(frame);
        return true;
    }

    /// <summary>The fixed size of messages of <paramref name="type"/>, or 0 for a type the protocol does not know.</summary>
    public static int SizeOf(MessageType type) => type switch
    {
        MessageType.Login => LoginMessage.Size,
        MessageType.Heartbeat => HeartbeatMessage.Size,
        MessageType.Logout => LogoutMessage.Size,
        MessageType.NewOrder => NewOrderMessage.Size,
        MessageType.CancelOrder => CancelOrderMessage.Size,
        MessageType.ReplaceOrder => ReplaceOrderMessage.Size,
        MessageType.MassCancel => MassCancelMessage.Size,
        MessageType.SessionStatus => SessionStatusMessage.Size,
        MessageType.Error => ErrorMessage.Size,
        MessageType.OrderAccepted => OrderAcceptedMessage.Size,
        MessageType.OrderRejected => OrderRejectedMessage.Size,
        MessageType.VenueAccepted => VenueAcceptedMessage.Size,
        MessageType.Replaced => ReplacedMessage.Size,
        MessageType.Canceled => CanceledMessage.Size,
        MessageType.CancelRejected => CancelRejectedMessage.Size,
        MessageType.Fill => FillMessage.Size,
        MessageType.OrderStatus => OrderStatusMessage.Size,
        _ => 0,
    };

    /// <summary>The largest message of the protocol: a receive buffer of this size holds any one frame.</summary>
    public const int MaxMessageSize = 128;
}

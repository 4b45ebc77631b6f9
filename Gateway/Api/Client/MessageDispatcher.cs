using System.Runtime.InteropServices;
using Gateway.Api.Protocol;

namespace Gateway.Api.Client;

/// <summary>Hands one gateway → strategy frame to the handler method of its type.</summary>
internal static class MessageDispatcher
{
    /// <summary>False for a type the strategy side does not take (strategy → gateway types, heartbeats are counted by the caller).</summary>
    public static bool Dispatch<THandler>(MessageType type, ReadOnlySpan<byte> frame, ref THandler handler)
        where THandler : struct, IGatewayMessageHandler
    {
        // The frame's length equals the type's size (the framer checked), so each read is in bounds.
        switch (type)
        {
            case MessageType.Fill:
                handler.OnFill(in MemoryMarshal.AsRef<FillMessage>(frame));
                return true;
            case MessageType.OrderAccepted:
                handler.OnOrderAccepted(in MemoryMarshal.AsRef<OrderAcceptedMessage>(frame));
                return true;
            case MessageType.VenueAccepted:
                handler.OnVenueAccepted(in MemoryMarshal.AsRef<VenueAcceptedMessage>(frame));
                return true;
            case MessageType.Canceled:
                handler.OnCanceled(in MemoryMarshal.AsRef<CanceledMessage>(frame));
                return true;
            case MessageType.Replaced:
                handler.OnReplaced(in MemoryMarshal.AsRef<ReplacedMessage>(frame));
                return true;
            case MessageType.OrderRejected:
                handler.OnOrderRejected(in MemoryMarshal.AsRef<OrderRejectedMessage>(frame));
                return true;
            case MessageType.CancelRejected:
                handler.OnCancelRejected(in MemoryMarshal.AsRef<CancelRejectedMessage>(frame));
                return true;
            case MessageType.SessionStatus:
                handler.OnSessionStatus(in MemoryMarshal.AsRef<SessionStatusMessage>(frame));
                return true;
            case MessageType.OrderStatus:
                handler.OnOrderStatus(in MemoryMarshal.AsRef<OrderStatusMessage>(frame));
                return true;
            case MessageType.Error:
                handler.OnError(in MemoryMarshal.AsRef<ErrorMessage>(frame));
                return true;
            default:
                return false;
        }
    }
}

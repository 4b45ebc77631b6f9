using System.Collections.Concurrent;
using Gateway.Api.Client;
using Gateway.Api.Protocol;

namespace Gateway.Tests.Clients;

/// <summary>Keeps what the client hands on; safe to read from the test thread while a receiving thread writes.</summary>
internal sealed class RecordingHandler : IGatewayMessageHandler
{
    public ConcurrentQueue<SessionStatusMessage> Statuses { get; } = new();

    public ConcurrentQueue<ErrorMessage> Errors { get; } = new();

    public ConcurrentQueue<FillMessage> Fills { get; } = new();

    public ConcurrentQueue<OrderStatusMessage> OrderStatuses { get; } = new();

    public ConcurrentQueue<OrderAcceptedMessage> Accepted { get; } = new();

    public ConcurrentQueue<DisconnectReason> Disconnects { get; } = new();

    public int ReceivingThreadId { get; private set; }

    /// <summary>The struct that Poll takes, over this recorder.</summary>
    public Ref AsStruct() => new(this);

    public void OnSessionStatus(in SessionStatusMessage message) => Statuses.Enqueue(message);

    public void OnError(in ErrorMessage message) => Errors.Enqueue(message);

    public void OnOrderAccepted(in OrderAcceptedMessage message) => Accepted.Enqueue(message);

    public void OnOrderRejected(in OrderRejectedMessage message) { }

    public void OnVenueAccepted(in VenueAcceptedMessage message) { }

    public void OnReplaced(in ReplacedMessage message) { }

    public void OnCanceled(in CanceledMessage message) { }

    public void OnCancelRejected(in CancelRejectedMessage message) { }

    public void OnFill(in FillMessage message)
    {
        ReceivingThreadId = Environment.CurrentManagedThreadId;
        Fills.Enqueue(message);
    }

    public void OnOrderStatus(in OrderStatusMessage message) => OrderStatuses.Enqueue(message);

    public void OnDisconnected(DisconnectReason reason) => Disconnects.Enqueue(reason);

    public readonly struct Ref(RecordingHandler inner) : IGatewayMessageHandler
    {
        public void OnSessionStatus(in SessionStatusMessage message) => inner.OnSessionStatus(in message);

        public void OnError(in ErrorMessage message) => inner.OnError(in message);

        public void OnOrderAccepted(in OrderAcceptedMessage message) => inner.OnOrderAccepted(in message);

        public void OnOrderRejected(in OrderRejectedMessage message) { }

        public void OnVenueAccepted(in VenueAcceptedMessage message) { }

        public void OnReplaced(in ReplacedMessage message) { }

        public void OnCanceled(in CanceledMessage message) { }

        public void OnCancelRejected(in CancelRejectedMessage message) { }

        public void OnFill(in FillMessage message) => inner.OnFill(in message);

        public void OnOrderStatus(in OrderStatusMessage message) => inner.OnOrderStatus(in message);

        public void OnDisconnected(DisconnectReason reason) => inner.OnDisconnected(reason);
    }
}

/// <summary>Counts fills without allocating (for the zero-allocation tests).</summary>
internal struct CountingHandler : IGatewayMessageHandler
{
    public int Fills;
    public long LastFillOrderId;

    public void OnSessionStatus(in SessionStatusMessage message) { }

    public void OnError(in ErrorMessage message) { }

    public void OnOrderAccepted(in OrderAcceptedMessage message) { }

    public void OnOrderRejected(in OrderRejectedMessage message) { }

    public void OnVenueAccepted(in VenueAcceptedMessage message) { }

    public void OnReplaced(in ReplacedMessage message) { }

    public void OnCanceled(in CanceledMessage message) { }

    public void OnCancelRejected(in CancelRejectedMessage message) { }

    public void OnOrderStatus(in OrderStatusMessage message)
    {
    }

    public void OnFill(in FillMessage message)
    {
        Fills++;
        LastFillOrderId = message.ClientOrderId;
    }

    public void OnDisconnected(DisconnectReason reason) { }
}

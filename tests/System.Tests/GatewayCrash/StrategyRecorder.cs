using Gateway.Api.Client;
using Gateway.Api.Protocol;

namespace Gateway.System.Tests.GatewayCrash;

/// <summary>What the strategy knows of one of its orders, from every message the gateway sent about it.</summary>
internal sealed class ClientOrderView(long clientOrderId)
{
    public long ClientOrderId { get; } = clientOrderId;

    /// <summary>TrySend returned true for the new order.</summary>
    public bool Sent { get; set; }

    public bool SentBeforeCrash { get; set; }

    public bool Accepted { get; set; }

    public bool AcceptedBeforeCrash { get; set; }

    public RejectReason? Rejected { get; set; }

    public string RejectText { get; set; } = "";

    public bool VenueAccepted { get; set; }

    public bool Canceled { get; set; }

    public List<(string ExecId, long Quantity, long CumQuantity)> Fills { get; } = [];

    /// <summary>The latest OrderStatus the gateway sent after a login (null: none).</summary>
    public OrderStatusMessage? Status { get; set; }

    public bool InRestartSnapshot { get; set; }

    public long CumQuantity { get; set; }

    public long LeavesQuantity { get; set; } = -1;

    public bool FullyFilled { get; set; }

    /// <summary>What the strategy believes: the latest state it was told of, a final one once one was seen.</summary>
    public OrderStatus? Believed { get; private set; }

    /// <summary>Moves <see cref="Believed"/> on, unless it is already final.</summary>
    public void Tell(OrderStatus status)
    {
        if (Believed is not { } current || !IsFinal(current))
        {
            Believed = status;
        }
    }

    public bool KnownToGateway => Accepted || Rejected is not null || Status is not null || VenueAccepted;

    public static bool IsFinal(OrderStatus status) => status >= OrderStatus.Filled;

    public override string ToString() =>
        $"client order {ClientOrderId}: sent={Sent} (before crash {SentBeforeCrash}) accepted={Accepted} " +
        $"(before crash {AcceptedBeforeCrash}) rejected={Rejected?.ToString() ?? "-"} '{RejectText}' venueAccepted={VenueAccepted} " +
        $"canceled={Canceled} fills=[{string.Join(", ", Fills.Select(f => $"{f.ExecId}:{f.Quantity}/{f.CumQuantity}"))}] " +
        $"status={(Status is { } s ? $"{s.Status} cum={s.CumQuantity} leaves={s.LeavesQuantity}" : "-")} " +
        $"inRestartSnapshot={InRestartSnapshot} cum={CumQuantity} believed={Believed?.ToString() ?? "-"}";
}

/// <summary>
/// The strategy's receiving side (callback mode, its own thread): every message about every order, kept per client
/// order id for the checks, plus the session statuses. Thread-safe behind one lock (test code, not a hot path).
/// </summary>
internal sealed class StrategyRecorder : IGatewayMessageHandler
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, ClientOrderView> _orders = [];
    private readonly List<string> _events = [];
    private bool _restarted;

    public int StatusMessages { get; private set; }

    public int DuplicateExecIds { get; private set; }

    public volatile bool Disconnected;

    /// <summary>From now on OrderStatus messages are the post-restart snapshot.</summary>
    public void MarkRestart()
    {
        lock (_gate)
        {
            _restarted = true;
            Disconnected = false;
        }
    }

    public ClientOrderView Order(long clientOrderId)
    {
        lock (_gate)
        {
            return Get(clientOrderId);
        }
    }

    public void Update(long clientOrderId, Action<ClientOrderView> change)
    {
        lock (_gate)
        {
            change(Get(clientOrderId));
        }
    }

    public T Read<T>(Func<IReadOnlyDictionary<long, ClientOrderView>, T> read)
    {
        lock (_gate)
        {
            return read(_orders);
        }
    }

    public string Events()
    {
        lock (_gate)
        {
            return string.Join(Environment.NewLine, _events.TakeLast(40));
        }
    }

    public void OnSessionStatus(in SessionStatusMessage message)
    {
        var text = $"session status {message.Code} venue {message.VenueId}";
        lock (_gate)
        {
            _events.Add(text);
        }
    }

    public void OnError(in ErrorMessage message)
    {
        var text = $"error {message.Code}";
        lock (_gate)
        {
            _events.Add(text);
        }
    }

    /// <summary>A bug in this recorder, kept with the events (the receiving loop carries on).</summary>
    public void OnHandlerError(Exception e)
    {
        lock (_gate)
        {
            _events.Add($"handler failed: {e}");
        }
    }

    public void OnOrderAccepted(in OrderAcceptedMessage message)
    {
        var restarted = _restarted;
        Update(message.ClientOrderId, o =>
        {
            o.Accepted = true;
            o.AcceptedBeforeCrash |= !restarted;
            if (o.Believed is null)
            {
                o.Tell(OrderStatus.PendingNew);
            }
        });
    }

    public void OnOrderRejected(in OrderRejectedMessage message)
    {
        var reason = message.Reason;
        var text = message.Text.ToString();
        Update(message.ClientOrderId, o =>
        {
            o.Rejected = reason;
            o.RejectText = text;
            o.Tell(OrderStatus.Rejected);
        });
    }

    public void OnVenueAccepted(in VenueAcceptedMessage message) => Update(message.ClientOrderId, o =>
    {
        o.VenueAccepted = true;
        o.Tell(o.CumQuantity > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New);
    });

    public void OnReplaced(in ReplacedMessage message)
    {
    }

    public void OnCanceled(in CanceledMessage message) => Update(message.ClientOrderId, o =>
    {
        o.Canceled = true;
        o.Tell(OrderStatus.Canceled);
    });

    public void OnCancelRejected(in CancelRejectedMessage message)
    {
        var text = $"cancel rejected {message.ClientOrderId}";
        lock (_gate)
        {
            _events.Add(text);
            var o = Get(message.ClientOrderId);
            if (o.Believed == OrderStatus.PendingCancel)
            {
                o.Tell(o.CumQuantity > 0 ? OrderStatus.PartiallyFilled : o.VenueAccepted ? OrderStatus.New : OrderStatus.PendingNew);
            }
        }
    }

    public void OnFill(in FillMessage message)
    {
        var execId = message.ExecId.ToString();
        var quantity = message.Quantity;
        var cum = message.CumQuantity;
        var leaves = message.LeavesQuantity;
        var full = message.Kind == FillKind.Full;
        Update(message.ClientOrderId, o =>
        {
            if (o.Fills.Exists(f => f.ExecId == execId))
            {
                DuplicateExecIds++;
            }

            o.Fills.Add((execId, quantity, cum));
            o.CumQuantity = Math.Max(o.CumQuantity, cum);
            o.LeavesQuantity = leaves;
            o.FullyFilled |= full;
            o.Tell(full ? OrderStatus.Filled : OrderStatus.PartiallyFilled);
        });
    }

    public void OnOrderStatus(in OrderStatusMessage message)
    {
        var copy = message;
        Update(message.ClientOrderId, o =>
        {
            StatusMessages++;
            o.Status = copy;
            o.InRestartSnapshot |= _restarted;
            o.CumQuantity = Math.Max(o.CumQuantity, copy.CumQuantity);
            o.FullyFilled |= copy.Status == OrderStatus.Filled;
            o.Canceled |= copy.Status == OrderStatus.Canceled;
            o.Tell(copy.Status);
        });
    }

    public void OnDisconnected(DisconnectReason reason)
    {
        lock (_gate)
        {
            _events.Add($"disconnected {reason}");
        }

        Disconnected = true;
    }

    private ClientOrderView Get(long clientOrderId)
    {
        if (!_orders.TryGetValue(clientOrderId, out var view))
        {
            view = new ClientOrderView(clientOrderId);
            _orders.Add(clientOrderId, view);
        }

        return view;
    }
}

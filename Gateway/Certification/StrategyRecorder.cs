using System.Diagnostics;
using Gateway.Api.Client;
using Gateway.Api.Protocol;

namespace Gateway.Certification;

/// <summary>
/// Everything the certification strategy receives, in order, with the time it arrived (callback mode: the client's
/// receiving thread adds, the runner reads under the same lock). Cold path.
/// </summary>
internal sealed class StrategyRecorder : IGatewayMessageHandler
{
    private readonly List<(long Ticks, object Message)> _received = [];

    /// <summary>How many messages so far: a case's window starts here.</summary>
    public int Count
    {
        get
        {
            lock (_received)
            {
                return _received.Count;
            }
        }
    }

    /// <summary>Messages from index <paramref name="from"/> on.</summary>
    public List<(int Index, long Ticks, object Message)> Since(int from)
    {
        lock (_received)
        {
            var list = new List<(int, long, object)>(Math.Max(0, _received.Count - from));
            for (var i = from; i < _received.Count; i++)
            {
                list.Add((i, _received[i].Ticks, _received[i].Message));
            }

            return list;
        }
    }

    public void OnSessionStatus(in SessionStatusMessage message) => Add(message);

    public void OnError(in ErrorMessage message) => Add(message);

    public void OnOrderAccepted(in OrderAcceptedMessage message) => Add(message);

    public void OnOrderRejected(in OrderRejectedMessage message) => Add(message);

    public void OnVenueAccepted(in VenueAcceptedMessage message) => Add(message);

    public void OnReplaced(in ReplacedMessage message) => Add(message);

    public void OnCanceled(in CanceledMessage message) => Add(message);

    public void OnCancelRejected(in CancelRejectedMessage message) => Add(message);

    public void OnFill(in FillMessage message) => Add(message);

    public void OnOrderStatus(in OrderStatusMessage message) => Add(message);

    public void OnDisconnected(DisconnectReason reason) => Add(reason);

    private void Add(object message)
    {
        lock (_received)
        {
            _received.Add((Stopwatch.GetTimestamp(), message));
        }
    }
}

using System.Diagnostics;
using Gateway.Api.Client;
using Gateway.Api.Protocol;

namespace Gateway.Benchmarks.Pipeline;

/// <summary>
/// A strategy sending IOC limit orders across the spread at a fixed rate (one every 1/rate seconds, no catching up
/// after a stall longer than a second), alternating sides, and reading everything the gateway answers. IOC orders
/// fill or are canceled, so open orders do not accumulate. Between sends it polls, and yields the core when idle
/// (the machine may have two cores: the gateway's spinning thread and the simulator need them).
/// </summary>
internal sealed class RateClient(GatewayClient client, int ordersPerSecond)
{
    private const long Tick = 1_000_000; // 0.01 in fixed point with 8 decimals
    private Answers _answers;
    private long _nextId;

    public long Sent => _nextId;

    public long NotSent { get; private set; }

    public long Accepted => _answers.Accepted;

    public long Filled => _answers.Filled;

    public long Canceled => _answers.Canceled;

    public long Rejected => _answers.Rejected;

    public bool Disconnected => _answers.Disconnected;

    /// <summary>Orders filled, canceled or rejected.</summary>
    public long Final => _answers.Final;

    /// <summary>Sends at the rate for <paramref name="duration"/>.</summary>
    public void Run(TimeSpan duration)
    {
        var ticksPerOrder = Stopwatch.Frequency / ordersPerSecond;
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var next = start;
        var reference = (long)(PipelineLimits.ReferencePrice * 100_000_000m);
        while (!_answers.Disconnected)
        {
            var work = client.Poll(ref _answers);
            var now = Stopwatch.GetTimestamp();
            if (now >= end)
            {
                return;
            }

            if (now >= next)
            {
                var id = _nextId + 1;
                var side = (id & 1) == 0 ? Side.Buy : Side.Sell;
                var price = side == Side.Buy ? reference + (5 * Tick) : reference - (5 * Tick);
                if (client.TrySendNewOrder(id, PipelineLimits.Account, PipelineLimits.Instrument, -1, side, OrderType.Limit,
                        TimeInForce.ImmediateOrCancel, 10, price))
                {
                    _nextId = id;
                    next += ticksPerOrder;
                    if (now - next > Stopwatch.Frequency)
                    {
                        next = now;
                    }
                }
                else
                {
                    NotSent++;
                }

                work++;
            }

            if (work == 0)
            {
                Thread.Yield();
            }
        }
    }

    /// <summary>Reads answers for up to <paramref name="timeout"/>, until every order sent is final; returns whether all are.</summary>
    public bool Drain(TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!_answers.Disconnected && _answers.Final < _nextId && Stopwatch.GetTimestamp() < deadline)
        {
            if (client.Poll(ref _answers) == 0)
            {
                Thread.Yield();
            }
        }

        return _answers.Final >= _nextId;
    }

    private struct Answers : IGatewayMessageHandler
    {
        public long Accepted;
        public long Filled;
        public long Canceled;
        public long Rejected;
        public long Final;
        public bool Disconnected;

        public void OnSessionStatus(in SessionStatusMessage message)
        {
        }

        public void OnError(in ErrorMessage message)
        {
        }

        public void OnOrderAccepted(in OrderAcceptedMessage message) => Accepted++;

        public void OnOrderRejected(in OrderRejectedMessage message)
        {
            Rejected++;
            Final++;
        }

        public void OnVenueAccepted(in VenueAcceptedMessage message)
        {
        }

        public void OnReplaced(in ReplacedMessage message)
        {
        }

        public void OnCanceled(in CanceledMessage message)
        {
            Canceled++;
            Final++;
        }

        public void OnCancelRejected(in CancelRejectedMessage message)
        {
        }

        public void OnFill(in FillMessage message)
        {
            if (message.LeavesQuantity == 0)
            {
                Filled++;
                Final++;
            }
        }

        public void OnOrderStatus(in OrderStatusMessage message)
        {
        }

        public void OnDisconnected(DisconnectReason reason) => Disconnected = true;
    }
}

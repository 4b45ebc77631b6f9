using System.Diagnostics;
using System.Globalization;
using Gateway.Api.Protocol;

namespace Gateway.Certification;

/// <summary>
/// Waits for one expectation: polls what the strategy received, the venue session's state or its message log
/// until it holds or the deadline passes. A failure says what was expected and what was seen instead.
/// </summary>
internal sealed class ExpectationWaiter(StrategyRecorder recorder, VenueUnderTest venue, CaseContext context)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);

    /// <summary>Null when the expectation held within <paramref name="timeout"/>, else why not.</summary>
    public string? Wait(ExpectStep expect, TimeSpan timeout, CancellationToken cancellation)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var (done, failure) = Check(expect);
            if (done)
            {
                return failure;
            }

            if (Stopwatch.GetTimestamp() > deadline || cancellation.WaitHandle.WaitOne(Poll))
            {
                return $"not within {Seconds(timeout)}: {Seen(expect)}";
            }
        }
    }

    /// <summary>(true, null): it holds; (true, text): it can no longer hold; (false, _): not yet.</summary>
    private (bool Done, string? Failure) Check(ExpectStep expect)
    {
        switch (expect)
        {
            case ExpectOrderStep order:
                return CheckOrder(order);
            case ExpectVenueStatusStep status:
                var code = status.Up ? SessionStatusCode.VenueUp : SessionStatusCode.VenueDown;
                return (Take(m => m is SessionStatusMessage s && s.Code == code && s.VenueId == venue.VenueId), null);
            case ExpectSessionStateStep state:
                return (venue.IsLoggedOn == state.LoggedOn, null);
            case ExpectSeqNumStep seq:
                var value = seq.Sender ? venue.NextSenderSeqNum : venue.NextTargetSeqNum;
                if (value is null)
                {
                    return (true, $"venue {venue.Name} ({venue.Config.Protocol}) has no FIX sequence numbers to check");
                }

                return (seq.Operator switch { "=" => value == seq.Value, ">=" => value >= seq.Value, _ => value <= seq.Value }, null);
            case ExpectLogStep log:
                return venue.Log is null
                    ? (true, $"no message log found for venue {venue.Name} under the data directory {venue.Config.Name}")
                    : (TakeLogged(log), null);
            default:
                return (true, $"unknown expectation {expect.GetType().Name}");
        }
    }

    private (bool, string?) CheckOrder(ExpectOrderStep expect)
    {
        var id = context.IdOf(expect.Label);
        foreach (var (index, _, message) in recorder.Since(context.ApiFrom))
        {
            if (!context.ConsumedApi.Contains(index) && OrderMatch.Matches(expect, id, message))
            {
                context.ConsumedApi.Add(index);
                return (true, null);
            }

            if (expect.Event != OrderEvent.Rejected && OrderMatch.IsRefusal(id, message))
            {
                return (true, $"{expect.Label} was rejected instead: {ApiMessageText.Format(message, context.LabelOf)}");
            }
        }

        return (false, null);
    }

    private bool Take(Func<object, bool> match)
    {
        foreach (var (index, _, message) in recorder.Since(context.ApiFrom))
        {
            if (!context.ConsumedApi.Contains(index) && match(message))
            {
                context.ConsumedApi.Add(index);
                return true;
            }
        }

        return false;
    }

    private bool TakeLogged(ExpectLogStep expect)
    {
        var messages = venue.Log!.ReadFrom(context.LogMark);
        for (var i = 0; i < messages.Count; i++)
        {
            var logged = messages[i];
            if (!context.ConsumedLog.Contains(i) && logged.Outgoing == expect.Outgoing && logged.MsgType == expect.MsgType
                && expect.Fields.All(f => logged.Field(f.Key) == f.Value))
            {
                context.ConsumedLog.Add(i);
                return true;
            }
        }

        return false;
    }

    /// <summary>What was there instead, for the failure message.</summary>
    private string Seen(ExpectStep expect)
    {
        switch (expect)
        {
            case ExpectOrderStep order:
                var id = context.IdOf(order.Label);
                var about = recorder.Since(context.ApiFrom)
                    .Where(r => CaseContext.OrderOf(r.Message) == id || (r.Message is CancelRejectedMessage c && c.RequestClientOrderId == id)
                        || (r.Message is ReplacedMessage p && p.OrigClientOrderId == id))
                    .Select(r => ApiMessageText.Format(r.Message, context.LabelOf) + (context.ConsumedApi.Contains(r.Index) ? " (matched earlier)" : ""))
                    .ToArray();
                return about.Length == 0
                    ? $"the strategy received nothing about {order.Label}"
                    : $"the strategy received about {order.Label}: {string.Join("; ", about)}";
            case ExpectVenueStatusStep:
                var statuses = recorder.Since(context.ApiFrom).Where(r => r.Message is SessionStatusMessage)
                    .Select(r => ApiMessageText.Format(r.Message, context.LabelOf)).ToArray();
                return statuses.Length == 0 ? "no session status arrived" : "session statuses: " + string.Join("; ", statuses);
            case ExpectSessionStateStep:
                return $"the session is {(venue.IsLoggedOn ? "logged on" : "not logged on")}";
            case ExpectSeqNumStep:
                return $"next sender {Text(venue.NextSenderSeqNum)}, next target {Text(venue.NextTargetSeqNum)}";
            case ExpectLogStep log:
                var types = venue.Log?.ReadFrom(context.LogMark).Where(m => m.Outgoing == log.Outgoing).Select(m => m.MsgType).ToArray() ?? [];
                return $"{(log.Outgoing ? "sent" : "received")} since the case began: " + (types.Length == 0 ? "nothing" : "35=" + string.Join(", 35=", types));
            default:
                return "";
        }
    }

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "n/a";

    private static string Seconds(TimeSpan span) => span.TotalSeconds >= 1
        ? span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s"
        : span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}

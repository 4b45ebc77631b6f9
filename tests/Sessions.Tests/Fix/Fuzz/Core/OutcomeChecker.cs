using System.Text;

namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>What the session did with one frame, as seen from outside.</summary>
internal sealed record Observed(
    List<OutboundFrame> Frames,
    bool Disconnected,
    int NextTarget,
    int NextSender,
    List<string> App,
    List<string> Admin);

/// <summary>
/// Compares what the session did with what the oracle expected: the answers in order (sequenced ones numbered
/// from the model's next outbound number, resends with their old numbers), both sequence numbers afterwards,
/// the connection, and exactly the messages the application was handed.
/// </summary>
internal static class OutcomeChecker
{
    /// <summary>Null if <paramref name="observed"/> is what <paramref name="expected"/> says; otherwise why not.</summary>
    public static string? Mismatch(FuzzModel m, Expected expected, Observed observed)
    {
        var frames = observed.Frames;
        var next = 0;
        var nextOut = m.NextOut;
        foreach (var reply in expected.Replies)
        {
            if (reply is ResendAnswer resend)
            {
                var problem = MatchResend(m, resend, frames, ref next);
                if (problem is not null)
                {
                    return problem;
                }

                continue;
            }

            if (next >= frames.Count)
            {
                return $"missing {reply}";
            }

            var frame = frames[next++];
            if (frame.PossDup || frame.Seq != nextOut)
            {
                return $"{frame} should be numbered {nextOut} without PossDup";
            }

            nextOut++;
            var mismatch = MatchReply(reply, frame);
            if (mismatch is not null)
            {
                return $"{reply}: {mismatch} in {frame}";
            }
        }

        if (next < frames.Count)
        {
            return $"unexpected {frames[next]}";
        }

        return observed.NextTarget != expected.NextIn ? $"next expected inbound MsgSeqNum is {observed.NextTarget}, should be {expected.NextIn}"
            : observed.NextSender != nextOut ? $"next outbound MsgSeqNum is {observed.NextSender}, should be {nextOut}"
            : observed.Disconnected != expected.Disconnects ? (expected.Disconnects ? "should have disconnected" : "disconnected")
            : !observed.App.SequenceEqual(expected.App) ? $"application saw [{string.Join(", ", observed.App)}], should be [{string.Join(", ", expected.App)}]"
            : !observed.Admin.SequenceEqual(expected.Admin) ? $"admin callbacks saw [{string.Join(", ", observed.Admin)}], should be [{string.Join(", ", expected.Admin)}]"
            : null;
    }

    private static string? MatchReply(Reply reply, OutboundFrame f)
    {
        switch (reply)
        {
            case HeartbeatReply h:
                return f.Type != "0" ? "type" : f.Get(112) != h.TestReqId ? "TestReqID" : null;
            case RejectReply r:
                if (f.Type != "3")
                {
                    return "type";
                }

                if (r.Reason is { } reason && f.GetInt(373) != reason)
                {
                    return "373";
                }

                if (r.RefTag == Expected.NoRefTag ? f.Get(371) is not null : r.RefTag is { } refTag && f.GetInt(371) != refTag)
                {
                    return "371";
                }

                return (r.RefSeq is null ? f.Get(45) is not null : f.GetInt(45) != r.RefSeq) ? "45"
                    : f.Get(372) != r.RefMsgType ? "372"
                    : string.IsNullOrEmpty(f.Get(58)) ? "58"
                    : null;
            case BusinessRejectReply b:
                return f.Type != "j" ? "type" : f.GetInt(380) != b.Reason ? "380" : f.GetInt(45) != b.RefSeq ? "45" : f.Get(372) != b.RefMsgType ? "372" : null;
            case ResendRequestReply rr:
                return f.Type != "2" ? "type" : f.GetInt(7) != rr.Begin ? "7" : f.GetInt(16) != 0 ? "16" : null;
            case LogoutReply l:
                return f.Type != "5" ? "type"
                    : l.TextContains is { } text && !(f.Get(58) ?? "").Contains(text, StringComparison.Ordinal) ? "58"
                    : null;
            case LogonReply logon:
                return f.Type != "A" ? "type" : f.GetInt(108) != logon.HeartBtInt ? "108" : f.Get(98) != "0" ? "98" : null;
            default:
                return "unknown reply kind";
        }
    }

    /// <summary>
    /// The answer to a ResendRequest: for every number from Begin to the end of the range (capped at our last
    /// sent message), an admin run becomes one GapFill (34 = first of the run, 36 = the number after it) and an
    /// application message is resent (same number, PossDupFlag=Y, OrigSendingTime).
    /// </summary>
    private static string? MatchResend(FuzzModel m, ResendAnswer resend, List<OutboundFrame> frames, ref int next)
    {
        var last = resend.End == 0 ? m.NextOut - 1 : Math.Min(resend.End, m.NextOut - 1);
        var s = resend.Begin;
        while (s <= last)
        {
            if (next >= frames.Count)
            {
                return $"resend {resend.Begin}..{resend.End}: missing the answer for {s}";
            }

            var frame = frames[next++];
            if (!frame.PossDup || frame.Seq != s)
            {
                return $"resend {resend.Begin}..{resend.End}: {frame} should be numbered {s} with PossDup";
            }

            var type = m.Sent.GetValueOrDefault(s, "?");
            if (IsAdmin(type))
            {
                var runEnd = s;
                while (runEnd + 1 <= last && IsAdmin(m.Sent.GetValueOrDefault(runEnd + 1, "?")))
                {
                    runEnd++;
                }

                if (frame.Type != "4" || frame.Get(123) != "Y" || frame.GetInt(36) != runEnd + 1)
                {
                    return $"resend {resend.Begin}..{resend.End}: {frame} should be a gap fill to {runEnd + 1}";
                }

                s = runEnd + 1;
            }
            else
            {
                if (frame.Type != type || frame.Get(122) is null)
                {
                    return $"resend {resend.Begin}..{resend.End}: {frame} should be our {type} again with OrigSendingTime";
                }

                s++;
            }
        }

        return null;
    }

    private static bool IsAdmin(string type) => type is "0" or "1" or "2" or "3" or "4" or "5" or "A";

    public static string Describe(Observed o)
    {
        var text = new StringBuilder();
        text.Append("sent [").AppendJoin(", ", o.Frames).Append(']');
        text.Append(", next inbound ").Append(o.NextTarget).Append(", next outbound ").Append(o.NextSender);
        text.Append(o.Disconnected ? ", disconnected" : ", connected");
        text.Append(", app [").AppendJoin(", ", o.App).Append("], admin [").AppendJoin(", ", o.Admin).Append(']');
        return text.ToString();
    }
}

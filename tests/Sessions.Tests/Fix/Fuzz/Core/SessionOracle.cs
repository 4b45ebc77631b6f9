namespace Gateway.Sessions.Tests.Fix.Fuzz;

internal enum OrigSendingTime : byte
{
    Absent,
    NotAfterSendingTime,
    AfterSendingTime,
}

/// <summary>What the session layer needs to know about one well-formed, dictionary-valid message.</summary>
internal sealed record SessionMsg
{
    public required string Type { get; init; }

    public required int Seq { get; init; }

    /// <summary>The frame, SOH as '|' (how the application records it).</summary>
    public required string Text { get; init; }

    public bool PossDup { get; init; }

    public OrigSendingTime Orig { get; init; }

    public bool CompIdOk { get; init; } = true;

    public bool TimeOk { get; init; } = true;

    public string? TestReqId { get; init; }

    public int BeginSeqNo { get; init; }

    public int EndSeqNo { get; init; }

    public int NewSeqNo { get; init; }

    public bool GapFill { get; init; }

    /// <summary>The application refuses it (BusinessMessageReject 380=3).</summary>
    public bool Refused { get; init; }
}

/// <summary>
/// The FIX session rules for a message that passed validation, as the spec and QuickFIX's acceptance scripts state
/// them: CompIDs, then MsgSeqNum (too high: queue and ResendRequest; too low: Logout, unless PossDup), then
/// SendingTime, then the message's own handling. Predicting commits the gap queue and the outstanding
/// ResendRequest into the model (the checker fails the run if the session disagrees).
/// </summary>
internal static class SessionOracle
{
    public const int RequiredTagMissing = 1;
    public const int ValueIsIncorrect = 5;
    public const int CompIdProblem = 9;
    public const int SendingTimeAccuracyProblem = 10;
    public const int InvalidMsgType = 11;
    public const int UnsupportedMessageType = 3;

    /// <summary>
    /// The outcome of <paramref name="msg"/> followed by whatever it releases from the gap queue. The model's
    /// NextIn is left as it was (the driver commits the outcome that matched); queue and ResendRequest are committed.
    /// </summary>
    public static Expected Predict(FuzzModel m, SessionMsg msg)
    {
        var before = m.NextIn;
        var outcome = PredictOne(m, msg);
        if (!outcome.Disconnects)
        {
            m.NextIn = outcome.NextIn;
            outcome = ReleaseQueue(m, outcome);
        }

        m.NextIn = before;
        return outcome;
    }

    /// <summary>
    /// Any outcome that moves the expected number on lets the queued messages that are now next in line be
    /// processed (the session does so after every frame). Worked out for each alternative from the same start.
    /// </summary>
    public static Expected[] ReleaseAfter(FuzzModel m, Expected[] alternatives)
    {
        if (m.Queue.Count == 0)
        {
            return alternatives;
        }

        var saved = m.SaveQueue();
        var before = m.NextIn;
        var result = new Expected[alternatives.Length];
        for (var i = 0; i < alternatives.Length; i++)
        {
            m.RestoreQueue(saved);
            var outcome = alternatives[i];
            if (!outcome.Indeterminate && !outcome.Disconnects)
            {
                m.NextIn = outcome.NextIn;
                outcome = ReleaseQueue(m, outcome);
            }

            result[i] = outcome with { QueueAfter = m.SaveQueue() };
        }

        m.NextIn = before;
        m.RestoreQueue(saved);
        return result;
    }

    /// <summary>A session Reject for a message that failed validation: it consumes the number only if it was the expected one.</summary>
    public static Expected ValidationReject(FuzzModel m, string type, int? seq, int reason, int refTag)
    {
        var counted = type is not ("A" or "4") && seq == m.NextIn;
        var expectedRefTag = reason == InvalidMsgType || (refTag == 0 && reason != 0) ? Expected.NoRefTag : refTag;
        return new Expected($"reject 373={reason}")
        {
            Replies = [new RejectReply(reason, expectedRefTag, seq, type)],
            NextIn = counted ? m.NextIn + 1 : m.NextIn,
        };
    }

    public static Expected Ignored(FuzzModel m, string why) => new("ignored: " + why) { NextIn = m.NextIn };

    private static Expected PredictOne(FuzzModel m, SessionMsg msg)
    {
        var e = m.NextIn;
        switch (msg.Type)
        {
            case "5":
                return !msg.CompIdOk ? RejectAndLogout(m, msg, CompIdProblem)
                    : !msg.TimeOk ? RejectAndLogout(m, msg, SendingTimeAccuracyProblem)
                    : new Expected(m.AwaitingLogout ? "logout response, disconnect" : "logout answered, disconnect")
                    {
                        Replies = m.AwaitingLogout ? [] : [new LogoutReply(null)],
                        NextIn = e + 1,
                        Disconnects = true,
                        Admin = [msg.Text],
                    };
            case "2":
                return !msg.CompIdOk ? RejectAndLogout(m, msg, CompIdProblem)
                    : !msg.TimeOk ? RejectAndLogout(m, msg, SendingTimeAccuracyProblem)
                    : new Expected("resend request answered")
                    {
                        Replies = [new ResendAnswer(msg.BeginSeqNo, msg.EndSeqNo)],
                        NextIn = msg.Seq == e ? e + 1 : e,
                        Admin = [msg.Text],
                    };
            case "4":
                return SequenceReset(m, msg);
        }

        if (!msg.CompIdOk)
        {
            return RejectAndLogout(m, msg, CompIdProblem);
        }

        if (msg.Seq > e)
        {
            return TooHigh(m, msg);
        }

        if (msg.Seq < e)
        {
            return TooLow(m, msg);
        }

        InSequence(m, msg.Seq);
        if (!msg.TimeOk)
        {
            return RejectAndLogout(m, msg, SendingTimeAccuracyProblem);
        }

        var text = msg.Text;
        return msg.Type switch
        {
            "1" => new Expected("test request answered") { Replies = [new HeartbeatReply(msg.TestReqId!)], NextIn = e + 1, Admin = [text] },
            "0" or "3" => new Expected("admin accepted") { NextIn = e + 1, Admin = [text] },
            _ when msg.Refused => new Expected("business reject 380=3")
            {
                Replies = [new BusinessRejectReply(UnsupportedMessageType, msg.Seq, msg.Type)],
                NextIn = e + 1,
                App = [text],
            },
            _ => new Expected("application accepted") { NextIn = e + 1, App = [text] },
        };
    }

    private static Expected SequenceReset(FuzzModel m, SessionMsg msg)
    {
        var e = m.NextIn;
        if (msg.NewSeqNo < e)
        {
            return new Expected("reject 373=5 (NewSeqNo lower)")
            {
                Replies = [new RejectReply(ValueIsIncorrect, Expected.NoRefTag, msg.Seq, "4")],
                NextIn = e,
            };
        }

        if (!msg.CompIdOk)
        {
            return RejectAndLogout(m, msg, CompIdProblem);
        }

        if (msg.GapFill)
        {
            if (msg.Seq > e)
            {
                return TooHigh(m, msg);
            }

            if (msg.Seq < e)
            {
                return TooLow(m, msg);
            }

            InSequence(m, msg.Seq);
        }

        if (!msg.TimeOk)
        {
            return RejectAndLogout(m, msg, SendingTimeAccuracyProblem);
        }

        return new Expected(msg.GapFill ? "gap fill accepted" : "sequence reset accepted")
        {
            NextIn = Math.Max(e, msg.NewSeqNo),
            Admin = [msg.Text],
        };
    }

    /// <summary>The outstanding ResendRequest is satisfied once its trigger number passes the sequence check.</summary>
    private static void InSequence(FuzzModel m, int seq)
    {
        if (m.ResendTrigger != 0 && seq >= m.ResendTrigger)
        {
            m.ResendTrigger = 0;
        }
    }

    private static Expected TooHigh(FuzzModel m, SessionMsg msg)
    {
        var e = m.NextIn;
        m.Queue.TryAdd(msg.Seq, new QueuedMessage(msg.Seq, msg));
        if (m.ResendTrigger != 0 && msg.Seq >= m.ResendBegin)
        {
            return new Expected("too high: queued, request outstanding") { NextIn = e };
        }

        m.ResendTrigger = msg.Seq;
        m.ResendBegin = e;
        m.QueueReplayFrom = int.MaxValue;
        return new Expected("too high: queued, ResendRequest") { Replies = [new ResendRequestReply(e)], NextIn = e };
    }

    private static Expected TooLow(FuzzModel m, SessionMsg msg)
    {
        var e = m.NextIn;
        if (!msg.PossDup)
        {
            return new Expected("too low: logout, disconnect")
            {
                Replies = [new LogoutReply("MsgSeqNum too low")],
                NextIn = e,
                Disconnects = true,
            };
        }

        switch (msg.Orig)
        {
            case OrigSendingTime.Absent:
                return new Expected("too low, PossDup without 122: reject 373=1")
                {
                    Replies = [new RejectReply(RequiredTagMissing, 122, msg.Seq, msg.Type)],
                    NextIn = e,
                };
            case OrigSendingTime.AfterSendingTime:
                return RejectAndLogout(m, msg, SendingTimeAccuracyProblem);
        }

        var next = e;
        if (msg.Type == "4" && msg.GapFill && msg.Seq >= m.QueueReplayFrom && msg.NewSeqNo > e)
        {
            next = msg.NewSeqNo;
        }

        return new Expected("too low, PossDup: ignored") { NextIn = next };
    }

    private static Expected RejectAndLogout(FuzzModel m, SessionMsg msg, int reason)
    {
        var counted = msg.Type is not ("A" or "4") && msg.Seq == m.NextIn;
        return new Expected($"reject 373={reason} + logout")
        {
            Replies = [new RejectReply(reason, Expected.NoRefTag, msg.Seq, msg.Type), new LogoutReply(null)],
            NextIn = counted ? m.NextIn + 1 : m.NextIn,
            AwaitsLogout = true,
        };
    }

    /// <summary>Messages queued ahead of sequence that are now next in line are processed, in order.</summary>
    private static Expected ReleaseQueue(FuzzModel m, Expected outcome)
    {
        while (!outcome.Disconnects && m.Queue.Remove(m.NextIn, out var queued))
        {
            m.QueueReplayFrom = Math.Min(m.QueueReplayFrom, queued.SeqNum);
            var next = PredictOne(m, queued.Message);
            m.NextIn = next.NextIn;
            outcome = outcome.Then(next);
        }

        return outcome;
    }
}

namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>One message the session must send in answer, in order.</summary>
internal abstract record Reply;

/// <summary>Heartbeat (35=0) echoing TestReqID (112).</summary>
internal sealed record HeartbeatReply(string TestReqId) : Reply;

/// <summary>
/// Session Reject (35=3). Reason null: any 373. RefTag null: any 371; <see cref="Expected.NoRefTag"/>: no 371.
/// RefSeq null: no 45.
/// </summary>
internal sealed record RejectReply(int? Reason, int? RefTag, int? RefSeq, string RefMsgType) : Reply;

/// <summary>BusinessMessageReject (35=j).</summary>
internal sealed record BusinessRejectReply(int Reason, int RefSeq, string RefMsgType) : Reply;

/// <summary>ResendRequest (35=2) from <paramref name="Begin"/> to infinity (16=0).</summary>
internal sealed record ResendRequestReply(int Begin) : Reply;

/// <summary>Logout (35=5); if given, its Text (58) contains <paramref name="TextContains"/>.</summary>
internal sealed record LogoutReply(string? TextContains) : Reply;

/// <summary>Logon (35=A) answering ours, HeartBtInt echoed.</summary>
internal sealed record LogonReply(int HeartBtInt) : Reply;

/// <summary>
/// The answer to a ResendRequest for Begin..End (0: infinity): our stored messages in that range, each admin run
/// replaced by one SequenceReset-GapFill, the others resent with PossDupFlag=Y; they reuse their old numbers.
/// </summary>
internal sealed record ResendAnswer(int Begin, int End) : Reply;

/// <summary>
/// What the session must do with one frame: what it sends, where its expected inbound MsgSeqNum ends up, what the
/// application sees, and whether the connection goes. <see cref="Class"/> names the outcome for the statistics.
/// </summary>
internal sealed record Expected(string Class)
{
    public const int NoRefTag = int.MinValue;

    public List<Reply> Replies { get; init; } = [];

    /// <summary>The session's next expected inbound MsgSeqNum afterwards.</summary>
    public int NextIn { get; init; }

    public bool Disconnects { get; init; }

    /// <summary>The session sent a Logout and waits for the answer (or its timeout).</summary>
    public bool AwaitsLogout { get; init; }

    /// <summary>Frames (SOH as '|') handed to FromApp, in order.</summary>
    public List<string> App { get; init; } = [];

    /// <summary>Frames (SOH as '|') handed to FromAdmin, in order.</summary>
    public List<string> Admin { get; init; } = [];

    /// <summary>The oracle cannot know (a frame the framer made of pieces): anything well-formed goes.</summary>
    public bool Indeterminate { get; init; }

    /// <summary>The gap queue after this outcome, when it had to be worked out per alternative.</summary>
    public QueueState? QueueAfter { get; init; }

    public static Expected Unknown(string why) => new("indeterminate: " + why) { Indeterminate = true };

    /// <summary>Two outcomes one after the other (a frame, then the queued messages it released).</summary>
    public Expected Then(Expected next) => this with
    {
        Class = Class,
        Replies = [.. Replies, .. next.Replies],
        NextIn = next.NextIn,
        Disconnects = Disconnects || next.Disconnects,
        AwaitsLogout = AwaitsLogout || next.AwaitsLogout,
        App = [.. App, .. next.App],
        Admin = [.. Admin, .. next.Admin],
    };
}

using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>A run failed: the message names the seed to replay it with, the frame and both outcomes.</summary>
internal sealed class FuzzFailure(string message) : Exception(message);

/// <summary>
/// The fuzzing loop: logs on, then for every frame asks the generator for a mutated frame, lets the framing model
/// and the oracle predict the outcome, delivers the bytes (sometimes in several reads), and checks what the
/// session did. It answers the session's Logouts (or lets them time out), closes connections left waiting for
/// the rest of a frame, and logs on again after every disconnect (sometimes resetting the sequence numbers).
/// </summary>
internal sealed class FuzzDriver
{
    private const string SeedVariable = "FIX_FUZZ_SEED";

    private readonly IFuzzTarget _target;
    private readonly int _seed;
    private readonly Random _rng;
    private readonly FrameGenerator _generator;
    private readonly FuzzModel _model = new();
    private readonly ReferenceFramer _inbound = new();
    private readonly ReferenceFramer _outbound = new();
    private readonly FixFieldTable _table = new();
    private readonly bool _canTimeOut;
    private int _appSeen;
    private int _adminSeen;
    private int _stalledSteps;
    private int _step;
    private FuzzFrame? _current;

    /// <summary>The last exchanges, for failure messages.</summary>
    private readonly Queue<string> _recent = new();

    public FuzzDriver(IFuzzTarget target, int seed, bool canTimeOut = true)
    {
        _target = target;
        _seed = seed;
        _rng = new Random(seed);
        _generator = new FrameGenerator(new Random(seed ^ 0x5EED));
        _canTimeOut = canTimeOut;
    }

    public FuzzStats Stats { get; } = new();

    /// <summary>The seed: <c>FIX_FUZZ_SEED</c> if set (to replay a failure), otherwise a new one.</summary>
    public static int SeedFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var seed) ? seed : Random.Shared.Next();

    public void Run(int frames, CancellationToken token)
    {
        for (_step = 0; _step < frames; _step++)
        {
            token.ThrowIfCancellationRequested();
            if (!_model.Connected)
            {
                LogOn();
            }

            _model.NowNanos = _target.NowNanos;
            _current = _generator.Next(_model);
            Exchange(_current, isFuzzedFrame: true);
            AfterStep();
        }
    }

    private void LogOn()
    {
        _generator.DropFollowUps();
        _inbound.Clear();
        _outbound.Clear();
        _target.Reconnect();
        Stats.Reconnects++;
        _model.NowNanos = _target.NowNanos;
        var reset = _rng.Next(5) == 0;
        if (reset)
        {
            _model.ResetSequences();
        }

        var text = BaseMessages.Logon(_model, _model.NextIn, reset).Encode();
        Expected[] Answered(FuzzModel m) =>
            [new Expected("logon answered") { Replies = [new LogonReply(30)], NextIn = m.NextIn + 1, Admin = [WireFrame.Show(text)] }];
        var logon = new FuzzFrame(reset ? "logon (reset)" : "logon", text, Answered) { Split = _rng.Next(4) == 0 };
        Exchange(logon, isFuzzedFrame: false);
        _model.Connected = true;
    }

    private void Exchange(FuzzFrame frame, bool isFuzzedFrame)
    {
        var bytes = frame.Prefix + frame.Frame;
        var alternatives = Resolve(_inbound.Append(bytes), frame);
        var chunks = _generator.Chunks(bytes, frame.Split);
        var received = "";
        for (var i = 0; i < chunks.Count; i++)
        {
            _target.Write(WireFrame.Bytes(chunks[i]));
            _target.Run();
            received += _target.TakeReceived();
            if (i < chunks.Count - 1 && received.Length > 0 && !alternatives[0].Indeterminate)
            {
                Fail(frame, alternatives, "the session answered before the frame was complete: " + WireFrame.Show(received));
            }
        }

        Check(frame, alternatives, Observe(received), isFuzzedFrame);
    }

    /// <summary>What the framing model makes of the bytes decides which prediction applies.</summary>
    private Expected[] Resolve(List<FramerEvent> events, FuzzFrame frame)
    {
        var frames = events.FindAll(e => e.IsFrame);
        if (frames.Count == 0)
        {
            return [SessionOracle.Ignored(_model, "dropped by framing")];
        }

        if (frames.Count == 1 && frames[0].Bytes == frame.Frame)
        {
            return SessionOracle.ReleaseAfter(_model, frame.Predict(_model));
        }

        return [Expected.Unknown("a frame made of pieces")];
    }

    private Observed Observe(string received)
    {
        var frames = new List<OutboundFrame>();
        foreach (var e in _outbound.Append(received))
        {
            if (!e.IsFrame)
            {
                throw Failure("the session sent malformed bytes: " + WireFrame.Show(e.Bytes));
            }

            frames.Add(OutboundFrame.Parse(e.Bytes, _table, out var problem)
                ?? throw Failure($"the session sent a malformed message ({problem}): {WireFrame.Show(e.Bytes)}"));
        }

        if (_outbound.Pending > 0)
        {
            throw Failure("the session sent an incomplete frame");
        }

        var app = _target.App.Skip(_appSeen).ToList();
        var admin = _target.Admin.Skip(_adminSeen).ToList();
        _appSeen = _target.App.Count;
        _adminSeen = _target.Admin.Count;
        return new Observed(frames, !_target.SessionConnected, _target.NextTargetMsgSeqNum, _target.NextSenderMsgSeqNum, app, admin);
    }

    private void Check(FuzzFrame frame, Expected[] alternatives, Observed observed, bool isFuzzedFrame)
    {
        if (alternatives[0].Indeterminate)
        {
            Stats.Record(frame.Label, "indeterminate", isFuzzedFrame);
            Resynchronise(observed);
            return;
        }

        Expected? matched = null;
        var mismatches = new List<string>();
        foreach (var expected in alternatives)
        {
            var mismatch = OutcomeChecker.Mismatch(_model, expected, observed);
            if (mismatch is null)
            {
                matched = expected;
                break;
            }

            mismatches.Add($"{expected.Class}: {mismatch}");
        }

        if (matched is null)
        {
            Fail(frame, alternatives, string.Join(Environment.NewLine + "  or ", mismatches) + Environment.NewLine + "session: " + OutcomeChecker.Describe(observed));
            return;
        }

        Commit(matched, observed);
        Stats.Record(frame.Label, matched.Class, isFuzzedFrame);
        Remember($"{frame.Label}: {WireFrame.Show(frame.Prefix + frame.Frame)} -> {matched.Class}, next in {matched.NextIn}");
        if (matched.Disconnects)
        {
            Disconnected();
        }
        else if (matched.AwaitsLogout)
        {
            _model.AwaitingLogout = true;
            AnswerLogout();
        }
    }

    private void Remember(string exchange)
    {
        if (_recent.Count == 12)
        {
            _recent.Dequeue();
        }

        _recent.Enqueue(exchange);
    }

    private void Commit(Expected matched, Observed observed)
    {
        _model.NextIn = matched.NextIn;
        if (matched.QueueAfter is { } queue)
        {
            _model.RestoreQueue(queue);
        }

        foreach (var sent in observed.Frames)
        {
            if (!sent.PossDup)
            {
                _model.Sent[sent.Seq] = sent.Type;
            }
        }

        _model.NextOut = observed.NextSender;
    }

    /// <summary>The session's Logout is answered with ours, or (with a clock to move) left to time out.</summary>
    private void AnswerLogout()
    {
        _model.NowNanos = _target.NowNanos;
        if (!_canTimeOut || _rng.Next(2) == 0)
        {
            var logout = BaseMessages.Create("5", _model, _rng, _model.NextIn);
            var text = logout.Frame.Encode();
            var msg = logout.Encoded(text);
            Exchange(new FuzzFrame("logout answer", text, m => [SessionOracle.Predict(m, msg)]), isFuzzedFrame: false);
            return;
        }

        _target.AdvanceClock(TimeSpan.FromSeconds(2.5));
        _target.Run();
        var timeout = new FuzzFrame("logout timeout", "", m => []);
        Check(timeout, [new Expected("logout timed out, disconnect") { NextIn = _model.NextIn, Disconnects = true }], Observe(_target.TakeReceived()), isFuzzedFrame: false);
    }

    /// <summary>Bytes wait for the rest of a frame: carry on (the next frame may be swallowed) or hang up.</summary>
    private void AfterStep()
    {
        if (!_model.Connected || _inbound.Pending == 0)
        {
            _stalledSteps = 0;
            return;
        }

        if (++_stalledSteps > 3 || _rng.Next(2) == 0)
        {
            HangUp("peer hangs up on a partial frame");
        }
    }

    private void HangUp(string label)
    {
        _target.ClosePeer();
        _target.Run();
        var hangUp = new FuzzFrame(label, "", m => []);
        Check(hangUp, [new Expected("peer closed, disconnect") { NextIn = _model.NextIn, Disconnects = true }], Observe(_target.TakeReceived()), isFuzzedFrame: false);
    }

    /// <summary>After an outcome nobody could predict: take the session's numbers and start a clean connection.</summary>
    private void Resynchronise(Observed observed)
    {
        foreach (var sent in observed.Frames)
        {
            if (!sent.PossDup)
            {
                _model.Sent[sent.Seq] = sent.Type;
            }
        }

        _model.NextIn = observed.NextTarget;
        _model.NextOut = observed.NextSender;
        if (!observed.Disconnected)
        {
            _target.ClosePeer();
            _target.Run();
            _target.TakeReceived();
        }

        _model.NextIn = _target.NextTargetMsgSeqNum;
        Disconnected();
    }

    private void Disconnected()
    {
        _model.OnDisconnected();
        _inbound.Clear();
        _outbound.Clear();
        _generator.DropFollowUps();
        _stalledSteps = 0;
    }

    private void Fail(FuzzFrame frame, Expected[] alternatives, string why) =>
        throw Failure($"frame {WireFrame.Show(frame.Prefix)}{WireFrame.Show(frame.Frame)} ({frame.Label}, split={frame.Split}){Environment.NewLine}"
            + $"expected {string.Join(" or ", alternatives.Select(a => a.Class))}{Environment.NewLine}{why}");

    private FuzzFailure Failure(string why) =>
        new($"Fuzzing failed at step {_step} (replay with {SeedVariable}={_seed}; last fuzzed frame: {_current?.Label}){Environment.NewLine}{why}"
            + $"{Environment.NewLine}before that:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", _recent)}");
}

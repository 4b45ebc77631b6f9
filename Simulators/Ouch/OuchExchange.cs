using System.Collections.Concurrent;
using Gateway.Simulators.Matching;
using Gateway.Venues.Ouch;

namespace Gateway.Simulators.Ouch;

/// <summary>
/// The venue behind the SoupBinTCP sessions: Enter / Replace / Cancel Order onto the matching engine, its events back
/// as Accepted, Replaced, Canceled, Executed and Rejected (sequenced, to the login that owns the order), plus the test
/// faults. Everything runs on the engine thread; the knobs are read with volatile reads, and admin commands from
/// other threads are queued and run at the end of a duty cycle.
/// </summary>
internal sealed partial class OuchExchange
{
    private readonly MatchingEngine _engine;
    private readonly bool _is42;
    private readonly long _maxShares;
    private readonly long _midnightNanos;
    private readonly OuchOrders _orders = new(4096);
    private readonly DelayedMessages _delayed = new();
    private readonly List<OuchLoginSession> _logins = [];
    private readonly ConcurrentQueue<Action> _commands = new();
    private readonly Random _random;
    private readonly byte[] _scratch = new byte[MessageBytes.Capacity];

    private long _latencyNanos;
    private double _rejectRatio;
    private int _dropAfter;
    private int _loginGap;

    public OuchExchange(MatchingEngine engine, OuchVenueSimulatorOptions options, long midnightNanos)
    {
        _engine = engine;
        _is42 = options.Dialect == OuchDialect.Ouch42;
        _maxShares = options.MaxShares;
        _midnightNanos = midnightNanos;
        _random = new Random(options.Behaviour.Seed);
        LatencyMicros = options.Behaviour.LatencyMicros;
        RejectRatio = options.Behaviour.RejectRatio;
        DropAfterMessages = options.Behaviour.DropAfterMessages;
        LoginGap = options.Behaviour.LoginGap;
    }

    public OuchSimulatorCounters Counters { get; } = new();

    public MatchingEngine Engine => _engine;

    public bool Is42 => _is42;

    public List<OuchLoginSession> Logins => _logins;

    public OuchOrders Orders => _orders;

    /// <summary>The clock of the current duty cycle.</summary>
    public long Now { get; set; }

    public long LatencyMicros
    {
        get => Volatile.Read(ref _latencyNanos) / 1000;
        set => Volatile.Write(ref _latencyNanos, Math.Max(0, value) * 1000);
    }

    public double RejectRatio
    {
        get => Volatile.Read(ref _rejectRatio);
        set => Volatile.Write(ref _rejectRatio, Math.Clamp(value, 0, 1));
    }

    public int DropAfterMessages
    {
        get => Volatile.Read(ref _dropAfter);
        set => Volatile.Write(ref _dropAfter, Math.Max(0, value));
    }

    public int LoginGap
    {
        get => Volatile.Read(ref _loginGap);
        set => Volatile.Write(ref _loginGap, Math.Max(0, value));
    }

    /// <summary>A login's next Login Request is answered this many messages past what it asks for (once).</summary>
    public int[] PendingGaps { get; set; } = [];

    /// <summary>Runs <paramref name="command"/> on the engine thread at the end of a duty cycle (cold: admin only).</summary>
    public void Post(Action command) => _commands.Enqueue(command);

    /// <summary>One OUCH message from a logged-in client, in the dialect of the simulator.</summary>
    public void OnMessage(OuchLoginSession login, ReadOnlySpan<byte> message)
    {
        if (message.IsEmpty)
        {
            Counters.Malform();
        }
        else if (_is42)
        {
            On42(login, message);
        }
        else
        {
            On50(login, message);
        }

        var dropAfter = DropAfterMessages;
        if (++login.Received >= dropAfter && dropAfter > 0)
        {
            login.DropPending = true;
        }
    }

    /// <summary>The simulator's share of a duty cycle: due messages, pending drops, admin commands.</summary>
    public int DoWork(long nowNanos)
    {
        Now = nowNanos;
        var work = 0;
        while (!_delayed.IsEmpty && _delayed.Head.DueNanos <= nowNanos)
        {
            ref var head = ref _delayed.Head;
            _logins[head.Login].Server.SendSequenced(((ReadOnlySpan<byte>)head.Bytes)[..head.Length]);
            _delayed.Dequeue();
            work++;
        }

        foreach (var login in _logins)
        {
            if (login.DropPending && login.Drop())
            {
                Counters.Drop();
                work++;
            }
        }

        while (_commands.TryDequeue(out var command))
        {
            command();
            work++;
        }

        return work;
    }

    /// <summary>The gap to apply to a login's Login Request now being attached: a pending one-off, else the standing fault.</summary>
    public int TakeGap(int login)
    {
        var gaps = PendingGaps;
        if (login < gaps.Length && gaps[login] > 0)
        {
            var gap = gaps[login];
            gaps[login] = 0;
            return gap;
        }

        return LoginGap;
    }

    /// <summary>OUCH timestamps: nanoseconds since the venue's midnight.</summary>
    private ulong Timestamp => (ulong)Math.Max(0, Now - _midnightNanos);

    /// <summary>Sends the message written in the scratch buffer to a login: at once, or queued behind the latency.</summary>
    private void Emit(int login, int length)
    {
        var latency = Volatile.Read(ref _latencyNanos);
        var message = _scratch.AsSpan(0, length);
        if (latency > 0 || !_delayed.IsEmpty)
        {
            _delayed.Enqueue(Now + latency, login, message);
        }
        else
        {
            _logins[login].Server.SendSequenced(message);
        }
    }

    /// <summary>Takes a token / UserRefNum for a login; false if it was used before today (a retransmission: ignored).</summary>
    private bool TryTake(OuchLoginSession login, OrderToken token, out int record)
    {
        if (login.Tokens.ContainsKey(token))
        {
            Counters.Duplicate();
            record = -1;
            return false;
        }

        record = _orders.AddRecord(login.Index, token, OuchTokenState.Rejected);
        login.Tokens.Add(token, record);
        return true;
    }

    /// <summary>The live order a login names by token; false if it never existed or is no longer live.</summary>
    private bool TryFindLive(OuchLoginSession login, OrderToken token, out int slot)
    {
        slot = login.Tokens.TryGetValue(token, out var record) ? _orders.Record(record).Slot : -1;
        return slot >= 0;
    }

    private bool DrawReject() => RejectRatio > 0 && _random.NextDouble() < RejectRatio;

    private static MatchSide SideOf(byte side) => side switch
    {
        (byte)'B' => MatchSide.Buy,
        (byte)'S' or (byte)'T' or (byte)'E' => MatchSide.Sell,
        _ => default,
    };
}

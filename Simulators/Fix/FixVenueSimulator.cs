using Gateway.Sessions.Agents;
using Gateway.Sessions.Fix.Engine;
using Gateway.Sessions.Fix.Session;
using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Fix;

/// <summary>
/// A FIX exchange simulator: a <see cref="FixEngine"/> acceptor (FIX 4.2, 4.4, FIXT.1.1/5.0SP2, any number of
/// sessions) in front of a price-time matching engine with a market maker per symbol, and fault controls for tests
/// (latency, random rejects, dropped connections, sequence gaps). One thread runs the sessions, the matching and the
/// delay queue.
/// </summary>
/// <example><code>
/// using var venue = FixVenueSimulator.Start(new FixVenueSimulatorOptions
/// {
///     Sessions = [new SimulatedSession("FIX.4.4", "EXEC", "GATEWAY")],
///     Symbols = new Dictionary&lt;string, decimal&gt; { ["AAPL"] = 190.00m },
/// });
/// // connect an initiator to 127.0.0.1:venue.Port
/// </code></example>
public sealed class FixVenueSimulator : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(10);

    private readonly FixEngine _engine;
    private readonly SimulatorApplication _app;
    private readonly AgentRunner _runner;
    private readonly SimulatorAgent _agent;
    private bool _disposed;

    private FixVenueSimulator(FixVenueSimulatorOptions options)
    {
        var matching = new MatchingEngine(options.MarketMaker);
        foreach (var (symbol, price) in options.Symbols)
        {
            matching.AddSymbol(symbol, Prices.FromDecimal(price));
        }

        _app = new SimulatorApplication(matching, options.Behaviour);
        var settings = VenueSettingsFile.From(options);
        _engine = FixEngine.Create(new FixEngineOptions
        {
            Settings = settings,
            Application = _app,
            Clock = options.Clock,
            AcceptPortOverride = options.Settings is null && options.SettingsPath is null ? null : options.Port,
            StoreFactory = options.StoreFactory,
            BaseDirectory = options.SettingsPath is { } path ? Path.GetDirectoryName(Path.GetFullPath(path)) : null,
        });
        _agent = new SimulatorAgent(_engine, _app, options.Clock);
        _runner = new AgentRunner(_agent, options.IdleStrategy ?? new BackoffIdleStrategy(), options.Cpu ?? -1,
            options.OnError ?? (_ => { }));
        _runner.Start();
    }

    /// <summary>The first acceptor port (the one when all sessions share a port, as sessions built in code do).</summary>
    public int Port => _engine.AcceptorPorts[0];

    public IReadOnlyList<int> Ports => _engine.AcceptorPorts;

    public VenueCounters Counters => _app.Counters;

    /// <summary>
    /// Bytes the engine thread has allocated so far, sampled after each duty cycle that did work: the difference
    /// over a run of orders is what the venue's order path (sessions, matching, reports) allocated.
    /// </summary>
    public long EngineThreadAllocatedBytes => _agent.AllocatedBytes;

    /// <summary>The sessions (read their state for diagnostics only: the engine thread owns them).</summary>
    public IReadOnlyList<FixSession> Sessions => _engine.Sessions;

    /// <summary>Added latency before each answer, in microseconds.</summary>
    public long LatencyMicros { get => _app.LatencyMicros; set => _app.LatencyMicros = value; }

    /// <summary>Share of new orders rejected at random (0 to 1).</summary>
    public double RejectRatio { get => _app.RejectRatio; set => _app.RejectRatio = value; }

    /// <summary>Drop a session's connection after this many application messages received on it (0: never).</summary>
    public int DropAfterMessages { get => _app.DropAfterMessages; set => _app.DropAfterMessages = value; }

    /// <summary>Skip <see cref="GapSize"/> outgoing MsgSeqNums after every this many application messages sent (0: never).</summary>
    public int GapEveryMessages { get => _app.GapEveryMessages; set => _app.GapEveryMessages = value; }

    public int GapSize { get => _app.GapSize; set => _app.GapSize = value; }

    public static FixVenueSimulator Start(FixVenueSimulatorOptions options) => new(options);

    /// <summary>Drops the connection of every session (or those whose TargetCompID is given) at once, without a Logout.</summary>
    public void DropConnections(string? targetCompId = null) => Run(app =>
    {
        foreach (var state in app.Sessions)
        {
            if (targetCompId is null || state.Session.Id.TargetCompID == targetCompId)
            {
                app.Drop(state);
            }
        }
    });

    /// <summary>
    /// Makes the next outgoing MsgSeqNum of every logged-on session (or those whose TargetCompID is given) jump by
    /// <paramref name="count"/>: the peer sees a gap with the next message and sends a ResendRequest.
    /// </summary>
    public void SkipSequenceNumbers(int count, string? targetCompId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Run(app =>
        {
            foreach (var state in app.Sessions)
            {
                if (state.Session.IsLoggedOn && (targetCompId is null || state.Session.Id.TargetCompID == targetCompId))
                {
                    app.SkipSequenceNumbers(state, count);
                }
            }
        });
    }

    /// <summary>Sets a symbol's reference price (adding the symbol if it is new); the market maker requotes around it.</summary>
    public void SetReferencePrice(string symbol, decimal price) =>
        Run(app => app.Engine.AddSymbol(symbol, Prices.FromDecimal(price)));

    /// <summary>The symbols and their reference prices.</summary>
    public IReadOnlyDictionary<string, decimal> Symbols()
    {
        var symbols = new Dictionary<string, decimal>(StringComparer.Ordinal);
        Run(app =>
        {
            for (var i = 0; i < app.Engine.SymbolCount; i++)
            {
                symbols[app.Engine.SymbolName(i)] = Prices.ToDecimal(app.Engine.ReferencePrice(i));
            }
        });
        return symbols;
    }

    /// <summary>The best bid and ask of a symbol (0 when a side is empty), read on the engine thread.</summary>
    public (decimal Bid, decimal Ask) Quote(string symbol)
    {
        (decimal, decimal) quote = default;
        Run(app =>
        {
            if (app.Engine.TryFindSymbol(System.Text.Encoding.ASCII.GetBytes(symbol), out var index))
            {
                app.Engine.TryGetLevel(index, MatchSide.Buy, 0, out var bid, out _);
                app.Engine.TryGetLevel(index, MatchSide.Sell, 0, out var ask, out _);
                quote = (Prices.ToDecimal(bid), Prices.ToDecimal(ask));
            }
        });
        return quote;
    }

    /// <summary>Stops the engine thread, logs the sessions out (briefly waiting for the answers) and closes the ports.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _runner.Dispose();
        _engine.Dispose();
    }

    /// <summary>Runs an admin command on the engine thread and waits until it has run (cold path).</summary>
    private void Run(Action<SimulatorApplication> command)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var done = new ManualResetEventSlim();
        Exception? failure = null;
        _app.Post(() =>
        {
            try
            {
                command(_app);
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                done.Set();
            }
        });
        if (!done.Wait(CommandTimeout))
        {
            throw new TimeoutException("the simulator's engine thread did not run the command");
        }

        if (failure is not null)
        {
            throw new InvalidOperationException("simulator command failed", failure);
        }
    }

    /// <summary>One duty cycle: the sessions (and the matching they cause), then due reports, drops and commands.</summary>
    private sealed class SimulatorAgent(FixEngine engine, SimulatorApplication app, Sessions.Time.IEpochClock clock) : IAgent
    {
        private long _allocated;

        public string RoleName => "fix-venue-simulator";

        public long AllocatedBytes => Volatile.Read(ref _allocated);

        public int DoWork()
        {
            var work = engine.DoWork() + app.DoWork(clock.NowNanos());
            if (work > 0)
            {
                Volatile.Write(ref _allocated, GC.GetAllocatedBytesForCurrentThread());
            }

            return work;
        }
    }
}

using Gateway.Sessions.Agents;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Store;
using Gateway.Sessions.Time;
using Gateway.Simulators.Matching;

namespace Gateway.Simulators.Fix;

/// <summary>
/// What a <see cref="FixVenueSimulator"/> runs: its acceptor sessions (built in code from <see cref="Sessions"/>,
/// or a QuickFIX settings file), its symbols and their reference prices, the market maker and the behaviour.
/// </summary>
public sealed record FixVenueSimulatorOptions
{
    /// <summary>Sessions for a settings file built in code (ignored when <see cref="Settings"/> or <see cref="SettingsPath"/> is set).</summary>
    public IReadOnlyList<SimulatedSession> Sessions { get; init; } = [new SimulatedSession(SimulatedSession.Fix44)];

    /// <summary>A QuickFIX settings file whose acceptor sessions the venue runs (ConnectionType=acceptor).</summary>
    public QuickFixSettingsFile? Settings { get; init; }

    /// <summary>Path of a QuickFIX .cfg, when <see cref="Settings"/> is null.</summary>
    public string? SettingsPath { get; init; }

    /// <summary>
    /// The port to listen on: 0 picks a free one. Null: 0 for sessions built in code, the file's SocketAcceptPort
    /// for a settings file.
    /// </summary>
    public int? Port { get; init; }

    /// <summary>Sessions built in code listen on this address.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>
    /// Sessions built in code: a folder with FIX42.xml, FIX44.xml, FIXT11.xml and FIX50SP2.xml to validate inbound
    /// messages with (UseDataDictionary=Y); null: no validation (UseDataDictionary=N, no file needed at run time).
    /// </summary>
    public string? DictionaryDirectory { get; init; }

    /// <summary>Symbols and their reference prices (the market maker quotes around them; 0: no quotes).</summary>
    public IReadOnlyDictionary<string, decimal> Symbols { get; init; } =
        new Dictionary<string, decimal>(StringComparer.Ordinal) { ["AAPL"] = 190.00m, ["MSFT"] = 410.00m };

    public MarketMakerOptions MarketMaker { get; init; } = MarketMakerOptions.Default;

    public VenueBehaviour Behaviour { get; init; } = new();

    /// <summary>The engine thread's idle strategy; null: back-off (spins, yields, then parks briefly).</summary>
    public IIdleStrategy? IdleStrategy { get; init; }

    /// <summary>Pin the engine thread to this CPU; null: not pinned.</summary>
    public int? Cpu { get; init; }

    public IEpochClock Clock { get; init; } = SystemEpochClock.Instance;

    /// <summary>Each session's store; null: in memory (sequence numbers survive reconnects, not restarts).</summary>
    public Func<FixSessionId, SettingsSection, IFixMessageStore>? StoreFactory { get; init; }

    /// <summary>Called with an exception the engine thread did not expect (a bug); the loop carries on.</summary>
    public Action<Exception>? OnError { get; init; }
}

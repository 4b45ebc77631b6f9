using Gateway.Admin.Web;
using Gateway.Config;
using Gateway.Hosting;
using Gateway.RiskChecks;
using Gateway.RiskChecks.Config;

namespace Gateway.Admin.Control;

/// <summary>
/// What the admin API does to the gateway, on the threads that own each part: sessions and strategy connections on
/// the I/O thread (<see cref="GatewayHost.IoCommands"/>), the order book on the order thread
/// (<see cref="GatewayHost.OrderCommands"/>), kill switches through <see cref="Pipeline.PipelineAdmin"/> and limits
/// through <see cref="RiskChecks.Admin.RiskAdmin"/> (both applied by the order thread). Counters and risk usage are
/// read as they are (single-writer values read with volatile loads). Cold path: may allocate, wait and throw.
/// </summary>
public sealed partial class GatewayControl
{
    /// <summary>How long an action waits for the owning thread before it answers 503.</summary>
    public static readonly TimeSpan ThreadTimeout = TimeSpan.FromSeconds(5);

    private readonly GatewayHost _host;
    private readonly object _limitsLock = new();
    private RiskLimits _limits;

    public GatewayControl(GatewayHost host)
    {
        _host = host;
        _limits = GatewayConfigLoader.RiskLimits(host.Config);
        StartedUtc = DateTimeOffset.UtcNow;
    }

    public DateTimeOffset StartedUtc { get; }

    private GatewayConfig Config => _host.Config;

    private RiskEngine Risk => _host.Risk;

    public async Task<StatusView> Status()
    {
        var sessions = await Sessions().ConfigureAwait(false);
        var strategies = await Strategies().ConfigureAwait(false);
        var (orders, open) = await OnOrderThread(() => (_host.Book.Count, _host.Book.OpenCount)).ConfigureAwait(false);
        return new StatusView(
            StartedUtc,
            Math.Round((DateTimeOffset.UtcNow - StartedUtc).TotalSeconds, 3),
            Config.Threading,
            Config.Idle,
            new JournalView(
                Path.Combine(Config.DataDirectory, "journal"), Config.JournalFsync, Config.JournalSegmentMegabytes,
                _host.Journal.LastSequence, _host.Journal.Appends, _host.Journal.AppendedBytes, _host.Journal.Failures),
            sessions.Count,
            sessions.Count(s => s.LoggedOn),
            strategies.Count,
            strategies.Count(s => s.LoggedIn),
            open,
            orders,
            Risk.Usage.GlobalKillSwitch);
    }

    /// <summary>Every counter of the gateway, <c>name → value</c>, sorted by name.</summary>
    public IReadOnlyDictionary<string, long> Counters() => CounterReader.ReadAll(_host);

    /// <summary>The venue sessions' names (the venues' names in the configuration).</summary>
    public IReadOnlyList<string> SessionNames => Config.Venues.Select(v => v.Name).ToArray();

    /// <summary>A venue's id from its id or name; null when there is none.</summary>
    public int? VenueId(string text) =>
        Config.Venues.FirstOrDefault(v => v.Name == text || v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == text)?.Id;

    /// <summary>An instrument's id from its id or symbol; null when there is none.</summary>
    public int? InstrumentId(string text) =>
        Config.Instruments.FirstOrDefault(i => i.Symbol == text || i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == text)?.Id;

    private Task<T> OnIoThread<T>(Func<T> action) => _host.IoCommands.Run(action).WaitAsync(ThreadTimeout);

    private Task<T> OnOrderThread<T>(Func<T> action) => _host.OrderCommands.Run(action).WaitAsync(ThreadTimeout);

    private string? VenueName(int venueId) => Config.Venues.FirstOrDefault(v => v.Id == venueId)?.Name;

    private static DateTimeOffset? FromEpochNanos(long nanos) => nanos <= 0 ? null : DateTimeOffset.UnixEpoch.AddTicks(nanos / 100);
}

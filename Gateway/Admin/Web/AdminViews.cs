namespace Gateway.Admin.Web;

// What the REST API returns (docs/admin-api.md), serialised by AdminJsonContext in camelCase.

public sealed record ErrorBody(string Error);

public sealed record OkBody(string Result);

public sealed record StatusView(
    DateTimeOffset StartedUtc,
    double UptimeSeconds,
    string Threading,
    string Idle,
    JournalView Journal,
    int Sessions,
    int SessionsLoggedOn,
    int Strategies,
    int StrategiesConnected,
    int OpenOrders,
    int Orders,
    bool GlobalKillSwitch,
    string? Who = null,
    string? Role = null);

public sealed record JournalView(string Directory, string Fsync, int SegmentMegabytes, long LastSequence, long Appends, long AppendedBytes, long Failures);

public sealed record LatencyView(double P50, double P99, double P999, double Max);

public sealed record SessionView(
    string Name,
    int VenueId,
    string Protocol,
    string State,
    bool Connected,
    bool LoggedOn,
    long? NextSenderSeqNum,
    long? NextTargetSeqNum,
    DateTimeOffset? LastSentUtc,
    DateTimeOffset? LastReceivedUtc,
    int? HeartbeatSeconds,
    double MessagesInPerSecond,
    double MessagesOutPerSecond,
    LatencyView? LatencyMicros,
    string? Session);

public sealed record StrategyView(
    int Id,
    string Name,
    bool Connected,
    bool LoggedIn,
    string? Remote,
    long MessagesIn,
    long MessagesOut,
    DateTimeOffset? LastReceivedUtc,
    long OpenOrders,
    bool KillSwitch);

public sealed record OrderView(
    long GatewayOrderId,
    int Strategy,
    long ClientOrderId,
    int Venue,
    string VenueName,
    int Instrument,
    string Symbol,
    string Side,
    string Type,
    long Quantity,
    long Price,
    string PriceText,
    long Filled,
    long Leaves,
    string State,
    string? VenueOrderId,
    DateTimeOffset UpdatedUtc);

public sealed record RiskView(
    KillSwitchView KillSwitches,
    IReadOnlyList<StrategyRiskView> Strategies,
    IReadOnlyList<AccountRiskView> Accounts,
    IReadOnlyList<InstrumentRiskView> Instruments,
    IReadOnlyList<VenueRiskView> Venues,
    long Checks,
    IReadOnlyDictionary<string, long> RejectsByCheck);

public sealed record KillSwitchView(bool Global, IReadOnlyList<int> Strategies, IReadOnlyList<int> Venues);

/// <summary>Limits as in the risk configuration (RiskLimitsJson's names, camelCase here); usage as numbers.</summary>
public sealed record StrategyRiskView(int Id, System.Text.Json.Nodes.JsonObject Limits, StrategyUsageView Usage, bool KillSwitch);

public sealed record StrategyUsageView(long OpenOrders, decimal OpenNotional, decimal FilledNotional, decimal DailyNotional, long Checked, long Rejected);

public sealed record AccountRiskView(int Id, System.Text.Json.Nodes.JsonObject Limits, AccountUsageView Usage);

public sealed record AccountUsageView(decimal OpenNotional, decimal FilledNotional, decimal DailyNotional, IReadOnlyList<PositionView> Positions);

public sealed record PositionView(int Instrument, long Position, long OpenBuy, long OpenSell);

public sealed record InstrumentRiskView(int Id, System.Text.Json.Nodes.JsonObject Limits);

public sealed record VenueRiskView(int Id, System.Text.Json.Nodes.JsonObject Limits, bool KillSwitch);

public sealed record AuditEntry(DateTimeOffset Time, string Who, string Action, string Target, string Result);

using System.Diagnostics;
using System.Globalization;
using Gateway.Api.Client;
using Gateway.Api.Protocol;
using Gateway.Config;
using Gateway.Hosting;

namespace Gateway.Certification;

/// <summary>
/// Runs a scenario set's cases, one after the other, through the real gateway: a strategy (client SDK, callback
/// mode) sends the cases' orders, the runner waits for each expectation with a deadline, and acts on the venue
/// session or the simulated venue. Each case ends with its open orders canceled and the venue's faults cleared.
/// Progress goes to <see cref="CertificationRunnerOptions.Progress"/>, one line per case.
/// </summary>
public sealed class CertificationRunner : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    private readonly GatewayHost _host;
    private readonly VenueUnderTest _venue;
    private readonly CertificationRunnerOptions _options;
    private readonly StrategyRecorder _recorder = new();
    private readonly GatewayClient _client = new();
    private readonly Dictionary<string, int> _instruments;
    private int _account;
    private long _nextClientOrderId = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    public CertificationRunner(GatewayHost host, VenueUnderTest venue, CertificationRunnerOptions options)
    {
        _host = host;
        _venue = venue;
        _options = options;
        _instruments = host.Config.Instruments.ToDictionary(i => i.Symbol, i => i.Id, StringComparer.Ordinal);
    }

    public CertificationResult Run(ScenarioSet set, CancellationToken cancellation)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        LogIn(set.Settings, cancellation);
        var cases = set.Cases.Where(c => _options.Cases.Count == 0 || _options.Cases.Contains(c.Id)).ToArray();
        var unknown = _options.Cases.Where(id => set.Cases.All(c => c.Id != id)).ToArray();
        if (unknown.Length > 0)
        {
            throw new CertificationSetupException($"no case {string.Join(", ", unknown)} in {set.Name}");
        }

        var results = new List<CaseResult>();
        for (var i = 0; i < cases.Length; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var scenario = cases[i];
            _options.Progress.Write($"[{i + 1}/{cases.Length}] {scenario.Id} {scenario.Title} ... ");
            _options.Progress.Flush();
            var result = scenario.SkipReason is { } why
                ? new CaseResult(scenario.Id, scenario.Title, CaseOutcome.Skipped, TimeSpan.Zero, null, why, [])
                : RunCase(scenario, set.Settings, cancellation);
            results.Add(result);
            _options.Progress.WriteLine(result.Outcome switch
            {
                CaseOutcome.Passed => $"PASS {Millis(result.Duration)}",
                CaseOutcome.Skipped => $"SKIP ({result.Failure})",
                _ => $"FAIL {Millis(result.Duration)}{Environment.NewLine}      {result.FailedStep}{Environment.NewLine}      {result.Failure}",
            });
        }

        var run = new CertificationResult(set.Name, _venue.Name, _venue.Description, started, clock.Elapsed, results);
        _options.Progress.WriteLine(Summary(run));
        return run;
    }

    public static string Summary(CertificationResult run)
    {
        var text = $"{run.Cases.Count} cases against {run.Venue}: {run.Passed} passed, {run.Failed} failed, {run.Skipped} skipped " +
            $"in {run.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
        foreach (var failed in run.Cases.Where(c => c.Outcome == CaseOutcome.Failed))
        {
            text += $"{Environment.NewLine}  FAILED {failed.Id} {failed.Title}: {failed.FailedStep}: {failed.Failure}";
        }

        return text;
    }

    public void Dispose() => _client.Dispose();

    private void LogIn(ScenarioSettings settings, CancellationToken cancellation)
    {
        var strategies = _host.Config.Clients.Strategies;
        var strategy = settings.Strategy is { } id
            ? strategies.FirstOrDefault(s => s.Id == id) ?? throw new CertificationSetupException($"strategy {id} is not in the configuration")
            : strategies.Count > 0 ? strategies[0] : throw new CertificationSetupException("the configuration has no strategy to send orders with");
        _account = settings.Account ?? AccountOf(strategy.Id);
        _client.Connect("127.0.0.1", _host.ClientEndPoint.Port);
        var login = _client.Login(strategy.Id, strategy.Token);
        if (!login.IsLoggedIn)
        {
            throw new CertificationSetupException($"strategy {strategy.Id} could not log in: {login}");
        }

        _client.StartReceiving(_recorder);
        if (!WaitUntil(() => _venue.IsLoggedOn, settings.Timeout * 2, cancellation))
        {
            throw new CertificationSetupException($"venue {_venue.Name} did not log on within {(settings.Timeout * 2).TotalSeconds} s");
        }
    }

    private int AccountOf(int strategy)
    {
        var limits = GatewayConfigLoader.RiskLimits(_host.Config).Strategies.FirstOrDefault(s => s.Id == strategy);
        return limits?.Accounts is [var first, ..]
            ? first
            : throw new CertificationSetupException($"strategy {strategy} has no account in the risk limits: say which with 'set account N'");
    }

    private CaseResult RunCase(ScenarioCase scenario, ScenarioSettings settings, CancellationToken cancellation)
    {
        var context = new CaseContext(Stopwatch.GetTimestamp(), _recorder.Count, _venue.Log?.Mark() ?? 0, _venue.VenueId);
        string? failedStep = null;
        string? failure = null;
        if (!WaitUntil(() => _venue.IsLoggedOn, settings.Timeout, cancellation))
        {
            failedStep = "(before the first step)";
            failure = $"venue {_venue.Name} was not logged on within {settings.Timeout.TotalSeconds} s of the case's start";
        }
        else
        {
            foreach (var step in scenario.Steps)
            {
                failure = Execute(step, context, settings, cancellation);
                if (failure is not null)
                {
                    failedStep = $"line {step.Line}: {step.Text}";
                    break;
                }
            }
        }

        var duration = Stopwatch.GetElapsedTime(context.StartTicks);
        CleanUp(context, settings, cancellation);
        return new CaseResult(scenario.Id, scenario.Title, failure is null ? CaseOutcome.Passed : CaseOutcome.Failed,
            duration, failedStep, failure, Messages(context));
    }

    private string? Execute(ScenarioStep step, CaseContext context, ScenarioSettings settings, CancellationToken cancellation)
    {
        switch (step)
        {
            case NewOrderStep order:
                return NewOrder(order, context);
            case CancelStep cancel:
                context.RecordSent($"CancelOrder {cancel.Label}");
                return Sent(_client.TrySendCancel(context.IdOf(cancel.Label)));
            case ReplaceStep replace:
                var newId = _nextClientOrderId++;
                var price = replace.Price ?? context.PriceOf(replace.Label);
                context.Name(replace.NewLabel, newId, price);
                context.RecordSent($"ReplaceOrder {replace.Label} -> {replace.NewLabel} qty={replace.Quantity} price={price.ToString(CultureInfo.InvariantCulture)}");
                return Sent(_client.TrySendReplace(context.IdOf(replace.Label), newId, replace.Quantity, FixedPoint.FromDecimal(price)));
            case MassCancelStep mass:
                var instrument = -1;
                if (mass.Symbol is not null && !_instruments.TryGetValue(mass.Symbol, out instrument))
                {
                    return UnknownSymbol(mass.Symbol);
                }

                context.RecordSent($"MassCancel venue={_venue.VenueId}{(mass.Symbol is null ? "" : " instrument=" + mass.Symbol)}");
                return Sent(_client.TrySendMassCancel(_account, instrument, _venue.VenueId));
            case SessionStep session:
                context.RecordSent($"(session {session.Action}{(session.Value > 0 ? " " + session.Value.ToString(CultureInfo.InvariantCulture) : "")})");
                return _venue.Act(session.Action, session.Value, settings.Timeout);
            case VenueStep venue:
                context.RecordSent($"(venue fault {venue.Fault}{(venue.Value > 0 ? " " + venue.Value.ToString(CultureInfo.InvariantCulture) : "")})");
                return _venue.Faults is { } faults
                    ? faults.Apply(venue.Fault, venue.Value)
                    : $"venue faults need our simulator; {_venue.Name} is {_venue.Description} (mark the case 'skip REASON' for this venue)";
            case ExpectStep expect:
                return new ExpectationWaiter(_recorder, _venue, context).Wait(expect, expect.Timeout ?? settings.Timeout, cancellation);
            default:
                return $"unknown step {step.GetType().Name}";
        }
    }

    private string? NewOrder(NewOrderStep order, CaseContext context)
    {
        if (!_instruments.TryGetValue(order.Symbol, out var instrument))
        {
            return UnknownSymbol(order.Symbol);
        }

        var id = _nextClientOrderId++;
        context.Name(order.Label, id, order.Price);
        context.RecordSent($"NewOrder {order.Label} {order.Side} {order.Quantity} {order.Symbol} {order.OrderType}" +
            (order.OrderType == OrderType.Limit ? " " + order.Price.ToString(CultureInfo.InvariantCulture) : "") + $" {order.TimeInForce} venue={_venue.VenueId}");
        return Sent(_client.TrySendNewOrder(id, _account, instrument, _venue.VenueId, order.Side, order.OrderType, order.TimeInForce,
            order.Quantity, FixedPoint.FromDecimal(order.Price)));
    }

    private string UnknownSymbol(string symbol) =>
        $"instrument '{symbol}' is not in the configuration (instruments: {string.Join(", ", _instruments.Keys)})";

    private string? Sent(bool sent) => sent ? null : $"the strategy could not send (connection {(_client.IsLoggedIn ? "back-pressured" : "closed: " + _client.CloseReason)})";

    /// <summary>Leaves the venue as the next case expects it: faults cleared, session enabled, the case's open orders canceled.</summary>
    private void CleanUp(CaseContext context, ScenarioSettings settings, CancellationToken cancellation)
    {
        _venue.Faults?.Clear();
        // A case that logged the session out and failed before logging on again leaves it down; Logon is harmless otherwise.
        _venue.Act(SessionAction.Logon, 0, settings.Timeout);

        if (context.HasOrders && _client.IsLoggedIn && _venue.IsLoggedOn)
        {
            _client.TrySendMassCancel(_account, -1, _venue.VenueId);
        }

        // What is still on its way (the cleanup's cancels, the session log's writer) is part of the case's report.
        var count = _recorder.Count;
        var mark = _venue.Log?.Mark() ?? 0;
        var quiet = Stopwatch.StartNew();
        var limit = Stopwatch.StartNew();
        while (quiet.Elapsed < Settle && limit.Elapsed < TimeSpan.FromSeconds(2) && !cancellation.IsCancellationRequested)
        {
            cancellation.WaitHandle.WaitOne(Poll);
            var now = (_recorder.Count, _venue.Log?.Mark() ?? 0);
            if (now != (count, mark))
            {
                (count, mark) = now;
                quiet.Restart();
            }
        }
    }

    private List<ExchangedMessage> Messages(CaseContext context)
    {
        var messages = new List<ExchangedMessage>(context.Sent);
        foreach (var (_, ticks, message) in _recorder.Since(context.ApiFrom))
        {
            if (context.Concerns(message))
            {
                messages.Add(new ExchangedMessage(context.Since(ticks), "api", "in", ApiMessageText.Format(message, context.LabelOf)));
            }
        }

        if (_venue.Log is { } log)
        {
            var start = DateTimeOffset.UtcNow - Stopwatch.GetElapsedTime(context.StartTicks);
            foreach (var logged in log.ReadFrom(context.LogMark))
            {
                var offset = logged.Time - start;
                messages.Add(new ExchangedMessage(offset < TimeSpan.Zero ? TimeSpan.Zero : offset, "venue",
                    logged.Outgoing ? "out" : "in", logged.Readable));
            }
        }

        return messages.OrderBy(m => m.Offset).ToList();
    }

    internal static bool WaitUntil(Func<bool> condition, TimeSpan timeout, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout || cancellation.WaitHandle.WaitOne(Poll))
            {
                return condition();
            }
        }

        return true;
    }

    private static string Millis(TimeSpan span) => span.TotalMilliseconds < 10_000
        ? $"{span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
        : $"{span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s";
}

public sealed record CertificationRunnerOptions
{
    /// <summary>Only these case ids (empty: all).</summary>
    public IReadOnlySet<string> Cases { get; init; } = new HashSet<string>();

    public TextWriter Progress { get; init; } = TextWriter.Null;
}

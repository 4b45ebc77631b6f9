using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Admin.Web;
using Gateway.Api.Protocol;
using Gateway.RiskChecks;
using Gateway.RiskChecks.Admin;
using Gateway.RiskChecks.Config;

namespace Gateway.Admin.Control;

/// <summary>
/// Risk limits and usage, kill switches. Limits change through <see cref="RiskAdmin"/> (validated here, applied by
/// the order thread before its next order); this class keeps the limits as last set, since the engine keeps them
/// only as its compiled rules. Usage is read with the engine's lock-free <see cref="RiskChecks.Usage.RiskUsageView"/>.
/// </summary>
public sealed partial class GatewayControl
{
    private static readonly Dictionary<string, (string Array, Type Record)> Scopes = new(StringComparer.Ordinal)
    {
        ["strategy"] = ("Strategies", typeof(StrategyLimits)),
        ["account"] = ("Accounts", typeof(AccountLimits)),
        ["instrument"] = ("Instruments", typeof(InstrumentLimits)),
        ["venue"] = ("Venues", typeof(VenueLimits)),
    };

    public RiskLimits CurrentLimits
    {
        get
        {
            lock (_limitsLock)
            {
                return _limits;
            }
        }
    }

    public RiskView RiskView()
    {
        var limits = CurrentLimits;
        var usage = Risk.Usage;
        var json = JsonNode.Parse(RiskLimitsJson.Write(limits))!.AsObject();
        var strategies = limits.Strategies.Select(s =>
        {
            var u = usage.Strategy(s.Id);
            return new StrategyRiskView(s.Id, LimitsJson(json, "Strategies", s.Id),
                new StrategyUsageView(u.OpenOrders, FixedPoint.ToDecimal(u.OpenNotional), FixedPoint.ToDecimal(u.FilledNotional),
                    FixedPoint.ToDecimal(u.OpenNotional + u.FilledNotional), u.Checked, u.Rejected),
                usage.IsKilled(KillSwitchLevel.Strategy, s.Id));
        }).ToArray();
        var instrumentIds = limits.Instruments.Select(i => i.Id).Concat(Config.Instruments.Select(i => i.Id)).Distinct().ToArray();
        var accounts = limits.Accounts.Select(a =>
        {
            var u = usage.Account(a.Id);
            var positions = instrumentIds
                .Select(i => (Instrument: i, Usage: usage.Position(a.Id, i)))
                .Where(p => p.Usage.Position != 0 || p.Usage.OpenBuy != 0 || p.Usage.OpenSell != 0)
                .Select(p => new PositionView(p.Instrument, p.Usage.Position, p.Usage.OpenBuy, p.Usage.OpenSell))
                .ToArray();
            return new AccountRiskView(a.Id, LimitsJson(json, "Accounts", a.Id),
                new AccountUsageView(FixedPoint.ToDecimal(u.OpenNotional), FixedPoint.ToDecimal(u.FilledNotional),
                    FixedPoint.ToDecimal(u.DailyNotional), positions));
        }).ToArray();
        var instruments = limits.Instruments.Select(i => new InstrumentRiskView(i.Id, LimitsJson(json, "Instruments", i.Id))).ToArray();
        var venueIds = limits.Venues.Select(v => v.Id).Concat(Config.Venues.Select(v => v.Id)).Distinct().Order().ToArray();
        var venues = venueIds.Select(id => new VenueRiskView(id, LimitsJson(json, "Venues", id), usage.IsKilled(KillSwitchLevel.Venue, id))).ToArray();
        var rejects = Enum.GetValues<RiskCheck>().Where(c => c != RiskCheck.None)
            .ToDictionary(c => c.ToString(), c => usage.Rejects(c));
        return new RiskView(
            new KillSwitchView(
                usage.GlobalKillSwitch,
                strategies.Where(s => s.KillSwitch).Select(s => s.Id).ToArray(),
                venues.Where(v => v.KillSwitch).Select(v => v.Id).ToArray()),
            strategies, accounts, instruments, venues, usage.Checks, rejects);
    }

    /// <summary>
    /// <c>PUT /api/risk/limits</c>: the named limits of one strategy, account, instrument or venue change (others stay);
    /// a null value turns a limit off. Waits until the order thread applied them.
    /// </summary>
    public ActionOutcome SetLimits(string? scope, int? id, JsonObject? changes)
    {
        if (scope is null || !Scopes.TryGetValue(scope, out var shape))
        {
            return ActionOutcome.BadRequest($"scope: '{scope}' is not one of {string.Join(", ", Scopes.Keys)}");
        }

        if (id is null)
        {
            return ActionOutcome.BadRequest("id: missing (the strategy, account, instrument or venue id)");
        }

        if (changes is null || changes.Count == 0)
        {
            return ActionOutcome.BadRequest("limits: missing or empty (an object of limit name → value)");
        }

        if (scope == "strategy" && Config.Clients.Strategies.All(s => s.Id != id) && CurrentLimits.Strategies.All(s => s.Id != id))
        {
            return ActionOutcome.NotFound($"no strategy {id}");
        }

        if (scope == "instrument" && Config.Instruments.All(i => i.Id != id))
        {
            return ActionOutcome.NotFound($"no instrument {id}");
        }

        if (scope == "venue" && Config.Venues.All(v => v.Id != id))
        {
            return ActionOutcome.NotFound($"no venue {id}");
        }

        var names = shape.Record.GetProperties().Select(p => p.Name).Where(n => n != "Id").ToArray();
        lock (_limitsLock)
        {
            var all = JsonNode.Parse(RiskLimitsJson.Write(_limits))!.AsObject();
            if (all[shape.Array] is not JsonArray array)
            {
                all[shape.Array] = array = [];
            }

            var entity = array.OfType<JsonObject>().FirstOrDefault(e => e["Id"]?.GetValue<int>() == id);
            if (entity is null)
            {
                entity = new JsonObject { ["Id"] = id };
                array.Add(entity);
            }

            foreach (var (key, value) in changes)
            {
                var name = names.FirstOrDefault(n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase));
                if (name is null)
                {
                    return ActionOutcome.BadRequest($"limits.{key}: not a {scope} limit (known: {string.Join(", ", names.Select(Camel))})");
                }

                entity[name] = value?.DeepClone();
            }

            RiskLimits updated;
            try
            {
                updated = RiskLimitsJson.Parse(all.ToJsonString());
            }
            catch (JsonException e)
            {
                return ActionOutcome.BadRequest($"limits: {e.Message}");
            }
            catch (ArgumentException e)
            {
                return ActionOutcome.BadRequest($"limits: {e.Message}");
            }

            long number;
            try
            {
                number = scope switch
                {
                    "strategy" => Risk.Admin.SetStrategyLimits(updated.Strategies.First(s => s.Id == id)),
                    "account" => Risk.Admin.SetAccountLimits(updated.Accounts.First(a => a.Id == id)),
                    "instrument" => Risk.Admin.SetInstrumentLimits(updated.Instruments.First(i => i.Id == id)),
                    _ => Risk.Admin.SetVenueLimits(updated.Venues.First(v => v.Id == id)),
                };
            }
            catch (ArgumentException e)
            {
                return ActionOutcome.BadRequest($"limits: {e.Message}");
            }

            if (!WaitFor(token => Risk.Admin.WaitUntilApplied(number, token)))
            {
                return ActionOutcome.Unavailable("the order thread did not apply the limits in time");
            }

            _limits = updated;
            return ActionOutcome.Ok($"{scope} {id}: {string.Join(", ", changes.Select(c => $"{Camel(c.Key)}={c.Value?.ToJsonString() ?? "null"}"))}");
        }
    }

    /// <summary><c>POST /api/killswitch</c>: on blocks new orders in its scope and cancels the open ones; off releases it.</summary>
    public ActionOutcome KillSwitch(string? level, int? id, bool? on)
    {
        var parsed = level switch
        {
            "global" => KillSwitchLevel.Global,
            "strategy" => KillSwitchLevel.Strategy,
            "venue" => (KillSwitchLevel?)KillSwitchLevel.Venue,
            _ => null,
        };
        if (parsed is not { } kill)
        {
            return ActionOutcome.BadRequest($"level: '{level}' is not global, strategy or venue");
        }

        if (on is null)
        {
            return ActionOutcome.BadRequest("on: missing (true: block and cancel, false: release)");
        }

        var target = -1;
        if (kill != KillSwitchLevel.Global)
        {
            if (id is null)
            {
                return ActionOutcome.BadRequest($"id: missing (the {level}'s id)");
            }

            var known = kill == KillSwitchLevel.Strategy
                ? Config.Clients.Strategies.Any(s => s.Id == id) && StrategyInRisk(id.Value)
                : Config.Venues.Any(v => v.Id == id);
            if (!known)
            {
                return ActionOutcome.NotFound($"no {level} {id}");
            }

            target = id.Value;
        }

        var name = kill == KillSwitchLevel.Global ? "global kill switch" : $"{level} {target} kill switch";
        if (Risk.Usage.IsKilled(kill, Math.Max(0, target)) == on)
        {
            return ActionOutcome.Conflict($"the {name} is {(on.Value ? "on" : "off")} already");
        }

        var before = _host.Admin.LastError;
        var number = _host.Admin.KillSwitch(kill, Math.Max(0, target), on.Value);
        if (!WaitFor(token => _host.Admin.WaitUntilApplied(number, token)))
        {
            return ActionOutcome.Unavailable($"the order thread did not apply the {name} in time");
        }

        var error = _host.Admin.LastError;
        if (error is not null && !ReferenceEquals(error, before))
        {
            return ActionOutcome.BadRequest(error);
        }

        return ActionOutcome.Ok(on.Value ? $"{name} on: new orders refused, open orders canceled" : $"{name} off");
    }

    private static bool WaitFor(Action<CancellationToken> wait)
    {
        using var timeout = new CancellationTokenSource(ThreadTimeout);
        try
        {
            wait(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>One entity's limits from RiskLimitsJson's document, with camelCase names (the API's style).</summary>
    private static JsonObject LimitsJson(JsonObject all, string array, int id)
    {
        var entity = (all[array] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(e => e["Id"]?.GetValue<int>() == id);
        return entity is null ? [] : CamelCase(entity);
    }

    private static JsonObject CamelCase(JsonObject source)
    {
        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            if (key == "Id")
            {
                continue;
            }

            result[Camel(key)] = value is JsonObject nested ? CamelCase(nested) : value?.DeepClone();
        }

        return result;
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}

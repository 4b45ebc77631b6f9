using System.Text.Json.Nodes;
using FluentAssertions;
using Gateway.Config;
using NUnit.Framework;

namespace Gateway.Tests.Config;

/// <summary>The configuration file: a good one loads; each bad setting gives an error that names it.</summary>
public sealed class GatewayConfigLoaderTests
{
    private const string Good = """
        {
          // Comments and trailing commas are allowed.
          "threading": "shared",
          "idle": "backoff",
          "dataDirectory": "state",
          "journalFsync": "interval:100",
          "ringSize": 1024,
          "orderCapacity": 5000,
          "fixSettings": "venues.cfg",
          "clients": {
            "listen": "127.0.0.1:0",
            "cancelOnDisconnect": false,
            "strategies": [ { "id": 1, "token": "secret-token-1", "name": "alpha" } ],
          },
          "venues": [ { "id": 0, "name": "sim", "session": "FIX.4.4:GW->SIM", "accounts": { "7": "ACC7" } } ],
          "instruments": [ { "id": 42, "symbol": "AAPL", "venue": 0 }, { "id": 43, "symbol": "MSFT" } ],
          "risk": { "Strategies": [ { "Id": 1, "Accounts": [7], "Venues": [0], "MaxOrderQuantity": 500 } ] },
        }
        """;

    [Test]
    public void A_good_configuration_parses_with_every_setting()
    {
        var config = GatewayConfigLoader.Parse(Good);

        config.Threading.Should().Be("shared");
        config.Idle.Should().Be("backoff");
        config.JournalFsync.Should().Be("interval:100");
        config.RingSize.Should().Be(1024);
        config.OrderCapacity.Should().Be(5000);
        config.Clients.CancelOnDisconnect.Should().BeFalse();
        config.Clients.Strategies.Should().ContainSingle().Which.Token.Should().Be("secret-token-1");
        config.Venues.Should().ContainSingle().Which.Accounts[7].Should().Be("ACC7");
        config.Instruments.Select(i => (i.Id, i.Venue)).Should().Equal((42, 0), (43, -1));
        GatewayConfigLoader.RiskLimits(config).Strategies.Should().ContainSingle().Which.MaxOrderQuantity.Should().Be(500);
    }

    [Test]
    public void Defaults_apply_to_what_is_left_out()
    {
        var config = GatewayConfigLoader.Parse("{}");

        config.Threading.Should().Be("dedicated");
        config.Idle.Should().Be("spin");
        config.JournalFsync.Should().Be("none");
        config.RingSize.Should().Be(65536);
        config.Clients.CancelOnDisconnect.Should().BeTrue();
        GatewayConfigLoader.RiskLimits(config).Strategies.Should().BeEmpty();
    }

    [Test]
    public void Load_resolves_paths_against_the_files_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pipeunit-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "gateway.json");
            var json = JsonNode.Parse(Good, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
            json.Remove("risk");
            json["riskFile"] = "limits/risk.json";
            File.WriteAllText(path, json.ToJsonString());
            Directory.CreateDirectory(Path.Combine(folder, "limits"));
            File.WriteAllText(Path.Combine(folder, "limits", "risk.json"), """{ "Strategies": [ { "Id": 3 } ] }""");

            var config = GatewayConfigLoader.Load(path);

            config.DataDirectory.Should().Be(Path.Combine(folder, "state"));
            config.FixSettings.Should().Be(Path.Combine(folder, "venues.cfg"));
            config.RiskFile.Should().Be(Path.Combine(folder, "limits", "risk.json"));
            GatewayConfigLoader.RiskLimits(config).Strategies.Should().ContainSingle().Which.Id.Should().Be(3);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<TestCaseData> BadSettings()
    {
        TestCaseData Case(string name, Action<JsonObject> change, string expected) =>
            new TestCaseData(change, expected).SetName(name);

        yield return Case("ringSize not a power of two", j => j["ringSize"] = 1000, "ringSize 1000 is not a power of two");
        yield return Case("ringSize 1", j => j["ringSize"] = 1, "ringSize 1 is not a power of two");
        yield return Case("ringSize negative", j => j["ringSize"] = -8, "ringSize -8 is not a power of two");
        yield return Case("orderCapacity zero", j => j["orderCapacity"] = 0, "orderCapacity must be positive");
        yield return Case("idle unknown", j => j["idle"] = "sleep", "idle 'sleep' is neither 'spin' nor 'backoff'");
        yield return Case("threading unknown", j => j["threading"] = "pooled", "threading 'pooled' is neither 'dedicated' nor 'shared'");
        yield return Case("journalFsync unknown", j => j["journalFsync"] = "always", "journalFsync 'always' is not");
        yield return Case("journalFsync interval zero", j => j["journalFsync"] = "interval:0", "journalFsync 'interval:0' is not");
        yield return Case("journalFsync interval not a number", j => j["journalFsync"] = "interval:x", "journalFsync 'interval:x' is not");
        yield return Case("venue id twice", j => Venues(j).Add(Venue(0, "other")), "venue id 0 appears more than once");
        yield return Case("instrument id twice", j => Instruments(j).Add(new JsonObject { ["id"] = 42, ["symbol"] = "X" }), "instrument id 42 appears more than once");
        yield return Case("strategy id twice", j => Strategies(j).Add(new JsonObject { ["id"] = 1, ["token"] = "another-token" }), "strategy id 1 appears more than once");
        yield return Case("venue id above 63", j => Venues(j)[0]!["id"] = 64, "venue 'sim': id 64 is outside 0..63");
        yield return Case("venue id negative", j => Venues(j)[0]!["id"] = -1, "venue 'sim': id -1 is outside 0..63");
        yield return Case("venue protocol unknown", j => Venues(j)[0]!["protocol"] = "ouch", "venue 'sim': protocol 'ouch' is not supported");
        yield return Case("venue without session", j => Venues(j)[0]!.AsObject().Remove("session"), "venue 'sim': a FIX venue needs its session");
        yield return Case("instrument routed to an unknown venue", j => Instruments(j)[1]!["venue"] = 5, "instrument 43 (MSFT) routes to venue 5, which is not configured");
        yield return Case("strategy token short", j => Strategies(j)[0]!["token"] = "short", "strategy 1: its token is shorter than 8 characters");
        yield return Case("venues without FIX settings", j => j.Remove("fixSettings"), "neither fixSettings nor fixSettingsText");
        yield return Case("ringSize not a number", j => j["ringSize"] = "big", "not valid JSON for the gateway");
        yield return Case("strategy without token", j => Strategies(j)[0]!.AsObject().Remove("token"), "not valid JSON for the gateway");
    }

    [TestCaseSource(nameof(BadSettings))]
    public void A_bad_setting_is_named_in_the_error(Action<JsonObject> change, string expected)
    {
        var json = GoodJson();
        change(json);

        var parse = () => GatewayConfigLoader.Parse(json.ToJsonString());

        parse.Should().Throw<GatewayConfigException>().Which.Message.Should().Contain(expected);
    }

    [Test]
    public void Every_error_is_reported_at_once()
    {
        var json = GoodJson();
        json["ringSize"] = 3;
        json["idle"] = "nap";
        Strategies(json)[0]!["token"] = "x";

        var parse = () => GatewayConfigLoader.Parse(json.ToJsonString());

        parse.Should().Throw<GatewayConfigException>().Which.Message.Should()
            .Contain("ringSize 3").And.Contain("idle 'nap'").And.Contain("strategy 1: its token");
    }

    [TestCase("", TestName = "Empty text")]
    [TestCase("{ \"ringSize\": ", TestName = "Cut short")]
    [TestCase("[1, 2]", TestName = "An array")]
    public void Text_that_is_not_a_configuration_is_refused_as_not_valid_json(string text)
    {
        var parse = () => GatewayConfigLoader.Parse(text);

        parse.Should().Throw<GatewayConfigException>().Which.Message.Should().Contain("not valid JSON");
    }

    [Test]
    public void A_null_document_is_refused_as_empty()
    {
        var parse = () => GatewayConfigLoader.Parse("null");

        parse.Should().Throw<GatewayConfigException>().Which.Message.Should().Contain("empty");
    }

    [Test]
    public void A_null_token_is_named_in_the_error()
    {
        var json = GoodJson();
        Strategies(json)[0]!["token"] = null;

        var parse = () => GatewayConfigLoader.Parse(json.ToJsonString());

        parse.Should().Throw<GatewayConfigException>().Which.Message.Should().Contain("strategy 1");
    }

    [Test]
    public void A_null_list_is_named_in_the_error()
    {
        var json = GoodJson();
        json["venues"] = null;

        var parse = () => GatewayConfigLoader.Parse(json.ToJsonString());

        parse.Should().Throw<GatewayConfigException>().Which.Message.Should().Contain("venues");
    }

    [Test]
    public void A_negative_instrument_id_is_named_in_the_error()
    {
        var json = GoodJson();
        Instruments(json)[1]!["id"] = -1;

        var parse = () => GatewayConfigLoader.Parse(json.ToJsonString());

        parse.Should().Throw<GatewayConfigException>().Which.Message.Should().Contain("instrument -1");
    }

    [Test]
    public void A_listen_address_that_is_not_host_and_port_is_named_in_the_error()
    {
        var json = GoodJson();
        json["clients"]!["listen"] = "nowhere";

        var parse = () => GatewayConfigLoader.Parse(json.ToJsonString());

        parse.Should().Throw<GatewayConfigException>().Which.Message.Should().Contain("listen");
    }

    private static JsonObject GoodJson() =>
        JsonNode.Parse(Good, documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!
            .AsObject();

    private static JsonArray Venues(JsonObject json) => json["venues"]!.AsArray();

    private static JsonArray Instruments(JsonObject json) => json["instruments"]!.AsArray();

    private static JsonArray Strategies(JsonObject json) => json["clients"]!["strategies"]!.AsArray();

    private static JsonObject Venue(int id, string name) =>
        new() { ["id"] = id, ["name"] = name, ["session"] = "FIX.4.4:GW->" + name };
}

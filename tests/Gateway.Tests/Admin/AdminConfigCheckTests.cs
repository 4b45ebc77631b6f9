using FluentAssertions;
using Gateway.Config;
using NUnit.Framework;

namespace Gateway.Tests.Admin;

/// <summary>The admin section's checks: each bad setting named; a token's value never in the message.</summary>
public sealed class AdminConfigCheckTests
{
    private const string Token = "operator-token-0123456789";

    [Test]
    public void A_good_admin_section_loads()
    {
        var config = GatewayConfigLoader.Parse(With($$"""{ "listen": "127.0.0.1:8080", "auditFile": "audit.jsonl", "tokens": [ { "name": "ops", "token": "{{Token}}", "role": "operator" }, { "name": "view", "token": "read-only-token-0123456789" } ] }"""));

        config.Admin.Listen.Should().Be("127.0.0.1:8080");
        config.Admin.AuditFile.Should().Be("audit.jsonl");
        config.Admin.Tokens.Select(t => (t.Name, t.Role)).Should().Equal(("ops", "operator"), ("view", "read"));
        GatewayConfigLoader.Parse(With("{}")).Admin.Listen.Should().BeNull("no console unless configured");
    }

    [TestCase("""{ "listen": "localhost:80" }""", "admin.listen 'localhost:80'")]
    [TestCase("""{ "listen": "127.0.0.1:99999" }""", "admin.listen")]
    [TestCase("""{ "auditFile": "" }""", "admin.auditFile")]
    [TestCase("""{ "tokens": null }""", "admin.tokens may be left out")]
    [TestCase("""{ "tokens": [ { "name": "", "token": "operator-token-0123456789" } ] }""", "admin.tokens[0]: its name")]
    [TestCase("""{ "tokens": [ { "name": "ops", "token": "short" } ] }""", "admin.tokens[0] ('ops'): its token is missing or shorter than 16")]
    [TestCase("""{ "tokens": [ { "name": "ops", "token": "operator token 0123456789" } ] }""", "white space")]
    [TestCase("""{ "tokens": [ { "name": "ops", "token": "operator-token-0123456789", "role": "admin" } ] }""", "role 'admin'")]
    [TestCase("""{ "tokens": [ { "name": "ops", "token": "operator-token-0123456789" }, { "name": "ops", "token": "operator-token-9876543210" } ] }""", "the name 'ops' appears more than once")]
    [TestCase("""{ "tokens": [ { "name": "a", "token": "operator-token-0123456789" }, { "name": "b", "token": "operator-token-0123456789" } ] }""", "two tokens have the same value")]
    public void A_bad_admin_setting_is_named(string admin, string message)
    {
        var parse = () => GatewayConfigLoader.Parse(With(admin));

        var error = parse.Should().Throw<GatewayConfigException>().Which.Message;
        error.Should().Contain(message);
        error.Should().NotContain("0123456789", "a token's value never goes into a message that gets logged");
    }

    [Test]
    public void A_null_admin_section_is_named() =>
        FluentActions.Invoking(() => GatewayConfigLoader.Parse(With("null"))).Should().Throw<GatewayConfigException>()
            .WithMessage("*admin may be left out but not null*");

    private static string With(string admin) => $$"""
        {
          "clients": { "listen": "127.0.0.1:0", "strategies": [ { "id": 1, "token": "secret-token-1" } ] },
          "admin": {{admin}}
        }
        """;
}

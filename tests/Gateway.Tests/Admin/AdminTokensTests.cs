using FluentAssertions;
using Gateway.Admin.Security;
using Gateway.Config;
using NUnit.Framework;

namespace Gateway.Tests.Admin;

public sealed class AdminTokensTests
{
    private static readonly AdminTokens Tokens = new(
    [
        new AdminTokenConfig { Name = "alice", Token = "operator-token-0123456789", Role = "operator" },
        new AdminTokenConfig { Name = "bob", Token = "read-only-token-0123456789", Role = "read" },
    ]);

    [Test]
    public void A_bearer_token_names_its_holder_and_role()
    {
        Tokens.Identify("Bearer operator-token-0123456789").Should().Be(new AdminIdentity("alice", AdminRole.Operator));
        Tokens.Identify("bearer read-only-token-0123456789").Should().Be(new AdminIdentity("bob", AdminRole.Read));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("operator-token-0123456789")]
    [TestCase("Basic operator-token-0123456789")]
    [TestCase("Bearer operator-token-012345678")]
    [TestCase("Bearer operator-token-01234567890")]
    [TestCase("Bearer ")]
    public void Anything_else_is_nobody(string? header) => Tokens.Identify(header).Should().BeNull();

    [Test]
    public void An_unknown_role_is_read_only() => AdminTokens.RoleOf("admin").Should().Be(AdminRole.Read);
}

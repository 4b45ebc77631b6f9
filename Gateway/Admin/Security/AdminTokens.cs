using System.Security.Cryptography;
using System.Text;
using Gateway.Config;

namespace Gateway.Admin.Security;

public enum AdminRole
{
    Read = 1,
    Operator = 2,
}

/// <summary>Who made a request: the token's name (what the audit trail records) and its role.</summary>
public sealed record AdminIdentity(string Name, AdminRole Role);

/// <summary>The configured API tokens. A token is compared in constant time and never logged or stored elsewhere.</summary>
public sealed class AdminTokens
{
    private readonly (byte[] Token, AdminIdentity Identity)[] _tokens;

    public AdminTokens(IEnumerable<AdminTokenConfig> tokens) =>
        _tokens = tokens.Select(t => (Encoding.UTF8.GetBytes(t.Token), new AdminIdentity(t.Name, RoleOf(t.Role)))).ToArray();

    public static AdminRole RoleOf(string role) => role == "operator" ? AdminRole.Operator : AdminRole.Read;

    /// <summary>The identity of an <c>Authorization: Bearer TOKEN</c> header; null when absent, malformed or unknown.</summary>
    public AdminIdentity? Identify(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var presented = Encoding.UTF8.GetBytes(authorization.AsSpan(Scheme.Length).Trim().ToString());
        AdminIdentity? found = null;
        foreach (var (token, identity) in _tokens)
        {
            // Every token compared, each in constant time: how long this takes says nothing about the tokens.
            if (CryptographicOperations.FixedTimeEquals(token, presented) && token.Length > 0)
            {
                found = identity;
            }
        }

        return found;
    }
}

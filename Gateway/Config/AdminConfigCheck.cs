using System.Net;

namespace Gateway.Config;

/// <summary>The <c>admin</c> section's checks (docs/configuration.md), with errors that name the setting.</summary>
internal static class AdminConfigCheck
{
    /// <summary>Tokens shorter than this are guessable.</summary>
    public const int MinTokenLength = 16;

    public static void Check(AdminConfig? admin, List<string> errors)
    {
        if (admin is null)
        {
            errors.Add("admin may be left out but not null");
            return;
        }

        if (admin.Listen is not null && (!IPEndPoint.TryParse(admin.Listen, out var listen) || listen.Port is < 0 or > 65535))
        {
            errors.Add($"admin.listen '{admin.Listen}' is not HOST:PORT (an IP address and a port)");
        }

        if (string.IsNullOrWhiteSpace(admin.AuditFile))
        {
            errors.Add("admin.auditFile is empty");
        }

        if (admin.Tokens is null)
        {
            errors.Add("admin.tokens may be left out but not null");
            return;
        }

        for (var i = 0; i < admin.Tokens.Count; i++)
        {
            var token = admin.Tokens[i];
            if (token is null)
            {
                errors.Add($"admin.tokens[{i}] is null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(token.Name))
            {
                errors.Add($"admin.tokens[{i}]: its name is missing (the audit trail records it)");
            }

            // The token's value never goes into an error message: configuration errors are logged.
            if (token.Token is null || token.Token.Length < MinTokenLength)
            {
                errors.Add($"admin.tokens[{i}] ('{token.Name}'): its token is missing or shorter than {MinTokenLength} characters");
            }
            else if (token.Token.Any(char.IsWhiteSpace))
            {
                errors.Add($"admin.tokens[{i}] ('{token.Name}'): its token contains white space");
            }

            if (token.Role is not ("read" or "operator"))
            {
                errors.Add($"admin.tokens[{i}] ('{token.Name}'): role '{token.Role}' is neither 'read' nor 'operator'");
            }
        }

        foreach (var name in admin.Tokens.Where(t => t?.Name is not null).GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add($"admin.tokens: the name '{name}' appears more than once");
        }

        if (admin.Tokens.Where(t => t?.Token is not null).GroupBy(t => t.Token).Any(g => g.Count() > 1))
        {
            errors.Add("admin.tokens: two tokens have the same value");
        }
    }
}

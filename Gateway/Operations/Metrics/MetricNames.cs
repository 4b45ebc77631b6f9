using System.Text;

namespace Gateway.Operations.Metrics;

internal static class MetricNames
{
    /// <summary><c>MessagesReceived</c> → <c>messages_received</c>; <c>orders.rejected.risk</c> → <c>orders_rejected_risk</c>.</summary>
    public static string Snake(string name)
    {
        var s = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && s[^1] != '_')
                {
                    s.Append('_');
                }

                s.Append(char.ToLowerInvariant(c));
            }
            else
            {
                s.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
            }
        }

        return s.ToString();
    }
}

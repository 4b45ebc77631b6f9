using System.Text;
using Gateway.RiskChecks;

namespace Gateway.Pipeline;

/// <summary>The name of each risk check as ASCII bytes, made once at start, for reject texts on the order path.</summary>
internal static class RiskCheckNames
{
    private static readonly byte[][] Names = Build();

    public static ReadOnlySpan<byte> Of(RiskCheck check) => Names[(byte)check];

    private static byte[][] Build()
    {
        var names = new byte[256][];
        for (var i = 0; i < names.Length; i++)
        {
            var check = (RiskCheck)i;
            names[i] = Encoding.ASCII.GetBytes(Enum.IsDefined(check) ? "risk check failed: " + check : "risk check failed: #" + i);
        }

        return names;
    }
}

using Gateway.Config;
using Gateway.System.Tests.GatewayFlows;

namespace Gateway.System.Tests.Browser;

/// <summary>
/// A flows gateway (FIX 4.4 venue on the FIX simulator, strategies 1 and 2) with its admin console on loopback and two
/// tokens: an operator's and a read-only one.
/// </summary>
internal sealed class ConsoleGateway : IDisposable
{
    public const string OperatorName = "olga-operator";
    public const string OperatorToken = "browser-operator-token";
    public const string ReaderName = "rita-readonly";
    public const string ReaderToken = "browser-read-token";

    private ConsoleGateway(FlowGateway flows)
    {
        Flows = flows;
        var console = flows.Host.Console ?? throw new InvalidOperationException("the gateway started no admin console");
        BaseUrl = console.Address.GetLeftPart(UriPartial.Authority) + "/";
    }

    public FlowGateway Flows { get; }

    public string BaseUrl { get; }

    public static ConsoleGateway Start(CancellationToken cancellation)
    {
        var flows = FlowGateway.Start(new FlowSetup
        {
            Admin = new AdminConfig
            {
                Listen = "127.0.0.1:0",
                Tokens =
                [
                    new AdminTokenConfig { Name = OperatorName, Token = OperatorToken, Role = "operator" },
                    new AdminTokenConfig { Name = ReaderName, Token = ReaderToken, Role = "read" },
                ],
            },
        }, cancellation);
        try
        {
            return new ConsoleGateway(flows);
        }
        catch
        {
            flows.Dispose();
            throw;
        }
    }

    /// <summary>The console's address as the demo prints it: the token in the fragment (never sent to the server).</summary>
    public string ConsoleUrl(string token) => $"{BaseUrl}#token={Uri.EscapeDataString(token)}";

    public void Dispose() => Flows.Dispose();
}

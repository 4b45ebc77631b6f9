using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Gateway.Config;

namespace Gateway.Demo;

/// <summary>
/// The demo's admin console: on 127.0.0.1:8080 (any free port when 8080 is taken) with one operator token made up
/// for this run. The token is shown once, in the console's address fragment (<c>#token=</c>), which the browser never
/// sends to a server and the gateway never logs.
/// </summary>
public static class DemoAdmin
{
    public const int PreferredPort = 8080;

    public static AdminConfig Config(string token) => new()
    {
        Listen = $"127.0.0.1:{(IsFree(PreferredPort) ? PreferredPort : 0)}",
        Tokens = [new AdminTokenConfig { Name = "demo-operator", Token = token, Role = "operator" }],
    };

    /// <summary>32 random bytes as URL-safe text.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The line the demo prints on stdout (not through the log).</summary>
    public static string ConsoleLine(Uri address, string token) =>
        $"Admin console: http://127.0.0.1:{address.Port}/#token={token}";

    private static bool IsFree(int port)
    {
        try
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

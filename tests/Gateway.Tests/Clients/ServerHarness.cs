using System.Net.Sockets;
using Gateway.Api.Client;
using Gateway.Api.Protocol;
using Gateway.Clients;

namespace Gateway.Tests.Clients;

/// <summary>
/// A ClientServer on a free loopback port with strategies 7 and 8, stepped by the test thread (<see cref="PumpUntil"/>)
/// or, while a client blocks in Login, by a short-lived loop thread.
/// </summary>
internal sealed class ServerHarness : IDisposable
{
    public const int Strategy7 = 7;
    public const int Strategy8 = 8;
    public const string Token7 = "token-seven";
    public const string Token8 = "token-eight";

    private readonly List<IDisposable> _owned = [];

    public ServerHarness(IClientCommandSink? sink = null, Func<ClientServerOptions, ClientServerOptions>? configure = null)
    {
        Sink = sink ?? new RecordingSink();
        var options = new ClientServerOptions { Tokens = new Dictionary<int, string> { [Strategy7] = Token7, [Strategy8] = Token8 } };
        Server = new ClientServer(configure is null ? options : configure(options), Sink);
    }

    public ClientServer Server { get; }

    public IClientCommandSink Sink { get; }

    public RecordingSink Recorded => (RecordingSink)Sink;

    public GatewayClient NewClient(GatewayClientOptions? options = null)
    {
        var client = new GatewayClient(options);
        _owned.Add(client);
        client.Connect("127.0.0.1", Server.Port);
        return client;
    }

    /// <summary>Connect and log in, the server running on a loop thread meanwhile.</summary>
    public LoginResult LogIn(GatewayClient client, int strategyId, string token)
    {
        using var loop = RunInBackground();
        return client.Login(strategyId, token);
    }

    public GatewayClient LoggedInClient(int strategyId = Strategy7, string token = Token7, GatewayClientOptions? options = null)
    {
        var client = NewClient(options);
        var result = LogIn(client, strategyId, token);
        if (!result.IsLoggedIn)
        {
            throw new InvalidOperationException("Login failed: " + result);
        }

        return client;
    }

    /// <summary>A raw socket, for bytes the SDK would never send.</summary>
    public Socket RawSocket()
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        _owned.Add(socket);
        socket.Connect("127.0.0.1", Server.Port);
        socket.ReceiveTimeout = 5000;
        return socket;
    }

    public static void SendRaw<T>(Socket socket, ref T message)
        where T : unmanaged, IApiMessage
    {
        var bytes = new byte[ApiWire.SizeOf(T.Type)];
        ApiWire.Write(bytes, ref message);
        socket.Send(bytes);
    }

    /// <summary>Steps the server (and whatever else <paramref name="step"/> does) until <paramref name="condition"/> holds.</summary>
    public void PumpUntil(Func<bool> condition, CancellationToken cancellation, Action? step = null, int timeoutMillis = 5000)
    {
        var deadline = Environment.TickCount64 + timeoutMillis;
        while (!condition())
        {
            cancellation.ThrowIfCancellationRequested();
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException("The condition did not hold in time.");
            }

            var work = Server.DoWork();
            step?.Invoke();
            if (work == 0)
            {
                Thread.Yield();
            }
        }
    }

    public void PumpFor(int millis, Action? step = null)
    {
        var end = Environment.TickCount64 + millis;
        while (Environment.TickCount64 < end)
        {
            Server.DoWork();
            step?.Invoke();
            Thread.Yield();
        }
    }

    public IDisposable RunInBackground() => new Loop(Server);

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }

        Server.Dispose();
    }

    private sealed class Loop : IDisposable
    {
        private readonly Thread _thread;
        private volatile bool _running = true;

        public Loop(ClientServer server)
        {
            _thread = new Thread(() =>
            {
                while (_running)
                {
                    if (server.DoWork() == 0)
                    {
                        Thread.Yield();
                    }
                }
            })
            { IsBackground = true, Name = "test-server-loop" };
            _thread.Start();
        }

        public void Dispose()
        {
            _running = false;
            _thread.Join();
        }
    }
}

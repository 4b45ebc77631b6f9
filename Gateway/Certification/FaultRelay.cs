using System.Net;
using System.Net.Sockets;

namespace Gateway.Certification;

/// <summary>
/// A TCP relay between the gateway and a simulated venue, for the faults a venue process cannot be asked for:
/// <see cref="Muted"/> swallows everything the venue sends (heartbeat loss: the gateway hears nothing, sends a
/// TestRequest, then gives up) and <see cref="DropAll"/> cuts the connection. Cold path: two blocking threads per
/// connection, certification runs only.
/// </summary>
internal sealed class FaultRelay : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly List<(Socket Gateway, Socket Venue)> _pairs = [];
    private readonly Thread _acceptor;
    private volatile bool _muted;
    private volatile bool _closed;

    public FaultRelay(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        _acceptor = new Thread(Accept) { IsBackground = true, Name = "certification-relay" };
        _acceptor.Start();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>While true, the venue's bytes are read and dropped; the gateway's still reach the venue.</summary>
    public bool Muted
    {
        get => _muted;
        set => _muted = value;
    }

    /// <summary>Closes every relayed connection (the venue vanishes without a Logout); new connections are relayed again.</summary>
    public void DropAll()
    {
        lock (_pairs)
        {
            foreach (var (gateway, venue) in _pairs)
            {
                Close(gateway);
                Close(venue);
            }

            _pairs.Clear();
        }
    }

    public void Dispose()
    {
        _closed = true;
        _listener.Stop();
        DropAll();
        _acceptor.Join(TimeSpan.FromSeconds(2));
    }

    private void Accept()
    {
        while (!_closed)
        {
            Socket gateway;
            try
            {
                gateway = _listener.AcceptSocket();
            }
            catch (SocketException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            var venue = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            gateway.NoDelay = true;
            try
            {
                venue.Connect(IPAddress.Loopback, _upstreamPort);
            }
            catch (SocketException)
            {
                Close(gateway);
                venue.Dispose();
                continue;
            }

            lock (_pairs)
            {
                _pairs.Add((gateway, venue));
            }

            Pump(gateway, venue, fromVenue: false);
            Pump(venue, gateway, fromVenue: true);
        }
    }

    private void Pump(Socket from, Socket to, bool fromVenue)
    {
        var thread = new Thread(() =>
        {
            var buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    var read = from.Receive(buffer);
                    if (read <= 0)
                    {
                        break;
                    }

                    if (!(fromVenue && _muted))
                    {
                        to.Send(buffer.AsSpan(0, read));
                    }
                }
            }
            catch (SocketException)
            {
                // One side went away: the pair ends.
            }
            catch (ObjectDisposedException)
            {
                // Dropped.
            }

            Close(from);
            Close(to);
        })
        { IsBackground = true, Name = fromVenue ? "relay-venue-to-gateway" : "relay-gateway-to-venue" };
        thread.Start();
    }

    private static void Close(Socket socket)
    {
        try
        {
            socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already gone.
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        socket.Dispose();
    }
}

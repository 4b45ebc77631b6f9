using System.Net;
using System.Net.Sockets;

namespace Gateway.Sessions.Transport;

/// <summary>
/// One connect, polled by the agent: a non-blocking connect(2), then a zero-timeout poll for writability and
/// SO_ERROR. Deliberately not <c>ConnectAsync</c>: an async operation registers the socket with the runtime's epoll
/// thread for good, and that thread would then wake for every packet the busy-polling session receives.
/// A host name resolves on the thread pool (polled too); its addresses are tried in turn. A cold path: it may allocate.
/// </summary>
internal sealed class ConnectAttempt
{
    private readonly Task<IPAddress[]>? _resolving;
    private readonly int _port;
    private IPAddress[]? _addresses;
    private int _nextAddress;
    private Socket? _socket;

    public ConnectAttempt(EndPoint remote)
    {
        switch (remote)
        {
            case IPEndPoint ip:
                _addresses = [ip.Address];
                _port = ip.Port;
                StartNextAddress();
                break;
            case DnsEndPoint dns:
                _port = dns.Port;
                _resolving = Dns.GetHostAddressesAsync(dns.Host);
                break;
            default:
                throw new ArgumentException($"Unsupported endpoint {remote.GetType().Name}.", nameof(remote));
        }
    }

    /// <summary>Why the attempt failed: the last address's error.</summary>
    public SocketError Error { get; private set; } = SocketError.Success;

    /// <summary>Advances the attempt without blocking. True when done: connected if <see cref="Error"/> is Success.</summary>
    public bool Poll()
    {
        if (_addresses is null)
        {
            if (!_resolving!.IsCompleted)
            {
                return false;
            }

            if (!_resolving.IsCompletedSuccessfully || _resolving.Result.Length == 0)
            {
                Error = (_resolving.Exception?.InnerException as SocketException)?.SocketErrorCode ?? SocketError.HostNotFound;
                return true;
            }

            _addresses = _resolving.Result;
            if (!StartNextAddress())
            {
                return true;
            }
        }

        while (_socket is not null)
        {
            if (!_socket.Poll(0, SelectMode.SelectWrite))
            {
                return false;
            }

            var error = (SocketError)(int)_socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)!;
            if (error == SocketError.Success)
            {
                Error = SocketError.Success;
                return true;
            }

            Error = error;
            _socket.Dispose();
            _socket = null;
            StartNextAddress();
        }

        return true;
    }

    /// <summary>The connected socket: the caller owns it from now on.</summary>
    public Socket TakeSocket()
    {
        var socket = _socket!;
        _socket = null;
        return socket;
    }

    /// <summary>Gives up (time-out or stop): closing the socket aborts a pending connect.</summary>
    public void Abandon()
    {
        _socket?.Dispose();
        _socket = null;
    }

    /// <summary>Starts connecting to the next address; false when none is left (Error says why the last failed).</summary>
    private bool StartNextAddress()
    {
        while (_nextAddress < _addresses!.Length)
        {
            var address = _addresses[_nextAddress++];
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { Blocking = false };
            try
            {
                socket.Connect(new IPEndPoint(address, _port));
                _socket = socket; // connected at once
                return true;
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
            {
                _socket = socket; // the usual case: EINPROGRESS, completion is polled
                return true;
            }
            catch (SocketException e)
            {
                Error = e.SocketErrorCode;
                socket.Dispose();
            }
        }

        return false;
    }
}

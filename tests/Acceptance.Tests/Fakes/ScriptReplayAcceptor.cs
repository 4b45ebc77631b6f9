using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Gateway.Acceptance.Tests.Acceptor;
using Gateway.Acceptance.Tests.Scripts;
using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Fakes;

/// <summary>
/// A fake acceptor that plays the other side of one script, to test the runner without a FIX engine. It walks the
/// script in order: accepts a connection at each CONNECT, reads exactly the bytes of each I line (decorated lengths
/// do not depend on the time), sends each E line as a real message, closes at each eDISCONNECT and waits for the
/// runner's close at each iDISCONNECT. A <see cref="ReplayFault"/> makes it answer wrongly on purpose.
/// </summary>
public sealed class ScriptReplayAcceptor : IAcceptorUnderTest
{
    private readonly AcceptanceScript _script;
    private readonly ReplayFault? _fault;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<int, Socket> _sockets = [];
    private readonly ConcurrentQueue<string> _log = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _replay;

    public ScriptReplayAcceptor(AcceptanceScript script, ReplayFault? fault = null)
    {
        _script = script;
        _fault = fault;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _replay = Task.Run(() => ReplayAsync(_stop.Token));
    }

    public int Port { get; }

    public string Diagnostics() => string.Join('\n', _log.Select(l => "  fake: " + l));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _replay.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or InvalidOperationException)
        {
            // Stopped mid-script: the runner has already failed or finished.
        }

        foreach (var socket in _sockets.Values)
        {
            socket.Dispose();
        }

        _stop.Dispose();
    }

    private async Task ReplayAsync(CancellationToken token)
    {
        var expectIndex = 0;
        try
        {
            foreach (var step in _script.Steps)
            {
                switch (step)
                {
                    case ConnectStep s:
                        _sockets[s.Connection] = await _listener.AcceptSocketAsync(token).ConfigureAwait(false);
                        Log(step, "accepted");
                        break;
                    case SendStep s:
                        await ReadExactlyAsync(s, token).ConfigureAwait(false);
                        break;
                    case ExpectStep s:
                        await SendExpectedAsync(s, expectIndex++, token).ConfigureAwait(false);
                        break;
                    case ExpectDisconnectStep s:
                        await CloseAsync(s, token).ConfigureAwait(false);
                        break;
                    case DisconnectStep s:
                        await AwaitCloseAsync(s, token).ConfigureAwait(false);
                        break;
                    default:
                        break; // sleep: the fake answers at once
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.Enqueue($"replay stopped: {e.GetType().Name}: {e.Message}");
            throw;
        }
    }

    private async Task ReadExactlyAsync(SendStep step, CancellationToken token)
    {
        var length = MessageDecorator.Decorate(step.Message, DateTime.UtcNow).Length;
        var buffer = new byte[length];
        var socket = _sockets[step.Connection];
        for (var read = 0; read < length;)
        {
            var count = await socket.ReceiveAsync(buffer.AsMemory(read), token).ConfigureAwait(false);
            if (count == 0)
            {
                throw new InvalidOperationException($"line {step.Line}: runner closed after {read} of {length} bytes");
            }

            read += count;
        }

        Log(step, $"read {length} bytes");
    }

    private async Task SendExpectedAsync(ExpectStep step, int expectIndex, CancellationToken token)
    {
        if (_fault is WithholdMessage withhold && withhold.ExpectIndex == expectIndex)
        {
            Log(step, "withholding this message (fault)");
            await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
        }

        var change = _fault as ChangeValue;
        var message = ExpectedMessageRealiser.Realise(
            step.Message,
            DateTime.UtcNow,
            change is not null && change.ExpectIndex == expectIndex
                ? (tag, value) => tag == change.Tag.ToString(CultureInfo.InvariantCulture) ? change.Value : value
                : null);
        await _sockets[step.Connection].SendAsync(WireText.ToBytes(message), token).ConfigureAwait(false);
        Log(step, "sent " + WireText.Display(message));
    }

    private async Task CloseAsync(ExpectDisconnectStep step, CancellationToken token)
    {
        if (_fault is StayConnected)
        {
            Log(step, "staying connected (fault)");
            await Task.Delay(Timeout.Infinite, token).ConfigureAwait(false);
        }

        var socket = _sockets[step.Connection];
        socket.Shutdown(SocketShutdown.Both);
        socket.Dispose();
        _sockets.Remove(step.Connection);
        Log(step, "closed");
    }

    private async Task AwaitCloseAsync(DisconnectStep step, CancellationToken token)
    {
        var socket = _sockets[step.Connection];
        var buffer = new byte[256];
        while (await socket.ReceiveAsync(buffer, token).ConfigureAwait(false) > 0)
        {
            // Nothing more is expected from the runner before it closes; whatever comes is dropped.
        }

        socket.Dispose();
        _sockets.Remove(step.Connection);
        Log(step, "runner closed");
    }

    private void Log(ScriptStep step, string what) => _log.Enqueue($"line {step.Line}: {what}");
}

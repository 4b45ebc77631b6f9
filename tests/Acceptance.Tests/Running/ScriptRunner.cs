using System.Net;
using System.Net.Sockets;
using Gateway.Acceptance.Tests.Scripts;
using Gateway.Acceptance.Tests.Wire;

namespace Gateway.Acceptance.Tests.Running;

/// <summary>
/// Plays a .def script against an acceptor as the QuickFIX runner does (FORMAT.md), plus a timeout on every wait.
/// Throws <see cref="ScriptFailedException"/> at the first step that does not go as written.
/// </summary>
public sealed class ScriptRunner
{
    private readonly IPEndPoint _acceptor;
    private readonly ScriptRunnerOptions _options;

    public ScriptRunner(IPEndPoint acceptor, ScriptRunnerOptions? options = null)
    {
        _acceptor = acceptor;
        _options = options ?? new ScriptRunnerOptions();
    }

    public async Task RunAsync(AcceptanceScript script, CancellationToken token)
    {
        var connections = new Dictionary<int, ScriptConnection>();
        try
        {
            foreach (var step in script.Steps)
            {
                var connection = ConnectionOf(step, connections);
                var run = new StepRun(script, step, connection, _options, token);
                await RunStepAsync(run).ConfigureAwait(false);
            }
        }
        finally
        {
            foreach (var connection in connections.Values)
            {
                connection.Dispose();
            }
        }
    }

    private static ScriptConnection? ConnectionOf(ScriptStep step, Dictionary<int, ScriptConnection> connections)
    {
        var number = step switch
        {
            ConnectStep s => s.Connection,
            DisconnectStep s => s.Connection,
            ExpectDisconnectStep s => s.Connection,
            SendStep s => s.Connection,
            ExpectStep s => s.Connection,
            _ => 0,
        };
        if (number == 0)
        {
            return null;
        }

        if (!connections.TryGetValue(number, out var connection))
        {
            connections.Add(number, connection = new ScriptConnection(number));
        }

        return connection;
    }

    private Task RunStepAsync(StepRun run) => run.Step switch
    {
        SleepStep s => Task.Delay(s.Duration, run.TestToken),
        ConnectStep => ConnectAsync(run),
        DisconnectStep => Disconnect(run),
        ExpectDisconnectStep => ExpectDisconnectAsync(run),
        SendStep s => SendAsync(run, s.Message),
        ExpectStep s => ExpectAsync(run, s.Message),
        _ => throw new InvalidOperationException($"no handler for {run.Step.GetType().Name}"),
    };

    private async Task ConnectAsync(StepRun run)
    {
        var connection = run.Connection;
        if (connection.IsOpen)
        {
            throw run.Report($"connection {connection.Number} is already open").ToException(_options.Diagnostics);
        }

        try
        {
            await run.WithinLineTimeout(t => connection.ConnectAsync(_acceptor, t), "connect").ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw run.Report($"cannot connect to the acceptor at {_acceptor}: {e.SocketErrorCode}")
                .ToException(_options.Diagnostics, e);
        }
    }

    private Task Disconnect(StepRun run)
    {
        RequireOpen(run);
        run.Connection.Close();
        return Task.CompletedTask;
    }

    private async Task ExpectDisconnectAsync(StepRun run)
    {
        var connection = RequireOpen(run);
        var received = await run.WithinLineTimeout(connection.ReceiveOnceAsync, "disconnect").ConfigureAwait(false);
        if (received.Length > 0)
        {
            throw run.Report("the acceptor sent more instead of disconnecting")
                .AddWire("received", received)
                .AddHistory(connection)
                .ToException(_options.Diagnostics);
        }

        connection.Close();
    }

    private async Task SendAsync(StepRun run, string scriptMessage)
    {
        var connection = RequireOpen(run);
        var message = MessageDecorator.Decorate(scriptMessage, _options.UtcNow());
        try
        {
            await connection.SendAsync(message, run.TestToken).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw run.Report($"sending failed ({e.SocketErrorCode}): the acceptor had closed the connection")
                .AddWire("sending", message)
                .AddHistory(connection)
                .ToException(_options.Diagnostics, e);
        }

        connection.History.Add(new ExchangeRecord(run.Step.Line, Sent: true, message));
    }

    private async Task ExpectAsync(StepRun run, string scriptMessage)
    {
        var connection = RequireOpen(run);
        string? received;
        try
        {
            received = await run.WithinLineTimeout(connection.ReceiveMessageAsync, "message").ConfigureAwait(false);
        }
        catch (FormatException e)
        {
            throw run.Report($"the received bytes cannot be framed: {e.Message}")
                .AddWire("received", connection.Pending)
                .AddHistory(connection)
                .ToException(_options.Diagnostics, e);
        }
        catch (SocketException e)
        {
            throw run.Report($"the connection failed ({e.SocketErrorCode}) while waiting for the expected message")
                .AddWire("expected", MessageDecorator.Decorate(scriptMessage, _options.UtcNow()))
                .AddWire("unframed", connection.Pending)
                .AddHistory(connection)
                .ToException(_options.Diagnostics, e);
        }

        var expected = MessageDecorator.Decorate(scriptMessage, _options.UtcNow());
        if (received is null)
        {
            throw run.Report("the acceptor closed the connection instead of sending the expected message")
                .AddWire("expected", expected)
                .AddWire("unframed", connection.Pending)
                .AddHistory(connection)
                .ToException(_options.Diagnostics);
        }

        var difference = MessageComparer.FirstDifference(expected, received);
        if (difference is not null)
        {
            var report = run.Report("the received message differs from the expected one")
                .AddWire("expected", expected)
                .AddWire("received", received)
                .Add("difference", difference.ToString())
                .AddHistory(connection);
            connection.History.Add(new ExchangeRecord(run.Step.Line, Sent: false, received));
            throw report.ToException(_options.Diagnostics);
        }

        connection.History.Add(new ExchangeRecord(run.Step.Line, Sent: false, received));
    }

    private ScriptConnection RequireOpen(StepRun run)
    {
        if (!run.Connection.IsOpen)
        {
            throw run.Report($"connection {run.Connection.Number} is not open").ToException(_options.Diagnostics);
        }

        return run.Connection;
    }

    /// <summary>One step being run: its script position, its connection, and the timeouts around its waits.</summary>
    private sealed class StepRun
    {
        private readonly ScriptConnection? _connection;
        private readonly ScriptRunnerOptions _options;

        public StepRun(AcceptanceScript script, ScriptStep step, ScriptConnection? connection, ScriptRunnerOptions options, CancellationToken testToken)
        {
            Script = script;
            Step = step;
            _connection = connection;
            _options = options;
            TestToken = testToken;
        }

        public AcceptanceScript Script { get; }

        public ScriptStep Step { get; }

        public CancellationToken TestToken { get; }

        public ScriptConnection Connection => _connection ?? throw new InvalidOperationException("step has no connection");

        public FailureReport Report(string headline) => new(Script, Step, headline);

        /// <summary>
        /// Runs one wait bounded by the line timeout. A timeout becomes a failure that says what was awaited and
        /// what had arrived; the test's own cancellation becomes a failure that says where the script was.
        /// </summary>
        public async Task<T> WithinLineTimeout<T>(Func<CancellationToken, Task<T>> wait, string awaited)
        {
            using var line = CancellationTokenSource.CreateLinkedTokenSource(TestToken);
            line.CancelAfter(_options.LineTimeout);
            try
            {
                return await wait(line.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (line.IsCancellationRequested)
            {
                throw TimedOut(awaited, e);
            }
        }

        public Task WithinLineTimeout(Func<CancellationToken, Task> wait, string awaited) =>
            WithinLineTimeout<bool>(async t => { await wait(t).ConfigureAwait(false); return true; }, awaited);

        private ScriptFailedException TimedOut(string awaited, Exception e)
        {
            var headline = TestToken.IsCancellationRequested
                ? $"the test was cancelled (its time ran out) while waiting for {Describe(awaited)}"
                : $"timed out after {_options.LineTimeout.TotalSeconds:0.###} s waiting for {Describe(awaited)}";
            var report = Report(headline);
            if (_connection is not null)
            {
                if (Step is ExpectStep expect)
                {
                    report.AddWire("expected", MessageDecorator.Decorate(expect.Message, _options.UtcNow()));
                }

                report.AddWire("received so far", _connection.Pending).AddHistory(_connection);
            }

            return report.ToException(_options.Diagnostics, e);
        }

        private string Describe(string awaited) => awaited switch
        {
            "message" => $"a message on connection {Connection.Number}",
            "disconnect" => $"the acceptor to close connection {Connection.Number}",
            _ => $"connection {Connection.Number} to open",
        };
    }
}

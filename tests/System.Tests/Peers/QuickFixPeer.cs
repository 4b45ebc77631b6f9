using System.Globalization;
using System.Text;
using Gateway.System.Tests.Infrastructure;

namespace Gateway.System.Tests.Peers;

/// <summary>
/// Debian's QuickFIX C++ <c>executor</c> or <c>ordermatch</c> running as a FIX acceptor on a loopback port: an
/// independent venue nobody on this project wrote. Each peer gets its own working directory:
/// <code>
///  DIR/session.cfg   written from the options (QuickFixSessionConfig)
///  DIR/bin/          the example binary, unpacked from libquickfix-doc
///  DIR/store/        QuickFIX's FileStore: *.seqnums ("next-out : next-in"), *.body, *.header, *.session
///  DIR/peer.log      its ScreenLog (every message in and out, session events), all runs appended
///  DIR/stdin         ordermatch only: a FIFO it holds open read-write, so it never sees end-of-file
/// </code>
/// Stop() kills its process group; while stopped the store's sequence numbers can be edited to make the venue
/// jump, and Restart() brings it back on the same port with the same store.
/// </summary>
public sealed class QuickFixPeer : IDisposable
{
    private readonly string _binary;
    private readonly StringBuilder _previousRuns = new();
    private BackgroundProcess? _process;

    private QuickFixPeer(QuickFixPeerOptions options, int port, string workingDirectory, string binary)
    {
        Options = options;
        Port = port;
        WorkingDirectory = workingDirectory;
        _binary = binary;
    }

    public QuickFixPeerOptions Options { get; }

    public int Port { get; }

    public string WorkingDirectory { get; }

    public string ConfigPath => Path.Combine(WorkingDirectory, "session.cfg");

    public string StoreDirectory => Path.Combine(WorkingDirectory, "store");

    public string LogPath => Path.Combine(WorkingDirectory, "peer.log");

    public string StdinPath => Path.Combine(WorkingDirectory, "stdin");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>What the peer printed, all runs: put it in failure messages.</summary>
    public string Log => _previousRuns + (_process?.Output ?? "");

    /// <summary>
    /// Writes the session config, starts the peer and waits until it listens. Fails with
    /// <see cref="PeerMissingException"/> (and the install command) if QuickFIX is not installed.
    /// </summary>
    public static QuickFixPeer Start(QuickFixPeerOptions options, string workingDirectory, CancellationToken cancellation)
    {
        QuickFixInstallation.EnsureInstalled(options.App);
        Directory.CreateDirectory(workingDirectory);
        string directory = Path.GetFullPath(workingDirectory);
        string binary = QuickFixInstallation.Unpack(options.App, Path.Combine(directory, "bin"));
        int port = options.Port != 0 ? options.Port : FreePort.Next();

        var peer = new QuickFixPeer(options, port, directory, binary);
        Directory.CreateDirectory(peer.StoreDirectory);
        File.WriteAllText(peer.ConfigPath, QuickFixSessionConfig.Render(options, port, peer.StoreDirectory));
        if (options.App == QuickFixApp.OrderMatch)
        {
            Posix.MakeFifo(peer.StdinPath);
        }

        peer.Launch(cancellation);
        return peer;
    }

    /// <summary>Kills the peer and its process group; the store stays as the peer left it.</summary>
    public void Stop()
    {
        if (_process is null)
        {
            return;
        }

        _process.Dispose();
        _previousRuns.Append(_process.Output);
        _previousRuns.AppendLine($"---- stopped by the test (pid {_process.Pid}) ----");
        _process = null;
    }

    /// <summary>Starts the stopped peer again: same port, config and store.</summary>
    public void Restart(CancellationToken cancellation)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("the peer is running: Stop() it first");
        }

        Stop();
        Launch(cancellation);
    }

    /// <summary>
    /// Rewrites the store's sequence numbers for the session with <paramref name="targetCompId"/> (default: the
    /// first): the next MsgSeqNum the peer will send and the next it expects. Only while stopped.
    /// </summary>
    public void SetSequenceNumbers(int nextOut, int nextIn, string? targetCompId = null)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("QuickFIX rewrites its store while running: Stop() the peer first");
        }

        // QuickFIX's FileStore writes "%10.10d : %10.10d".
        File.WriteAllText(
            SeqNumsPath(targetCompId),
            string.Create(CultureInfo.InvariantCulture, $"{nextOut:D10} : {nextIn:D10}"));
    }

    /// <summary>The store's (next out, next in) for the session with <paramref name="targetCompId"/>.</summary>
    public (int NextOut, int NextIn) ReadSequenceNumbers(string? targetCompId = null)
    {
        string[] parts = File.ReadAllText(SeqNumsPath(targetCompId)).Split(':');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>ordermatch only: a console command such as "#symbols" or a symbol to print its book.</summary>
    public void SendCommand(string command)
    {
        if (Options.App != QuickFixApp.OrderMatch || !IsRunning)
        {
            throw new InvalidOperationException("only a running ordermatch reads commands");
        }

        // The peer holds the FIFO open, so opening it for writing does not block.
        using var fifo = new StreamWriter(new FileStream(StdinPath, FileMode.Open, FileAccess.Write));
        fifo.Write(command + "\n");
    }

    /// <summary>Waits until the peer's log contains <paramref name="text"/>.</summary>
    public void WaitForLog(string text, TimeSpan timeout, CancellationToken cancellation) =>
        Wait.Until(() => Log.Contains(text, StringComparison.Ordinal), timeout, cancellation, $"'{text}' in the peer's log", Describe);

    /// <summary>Which peer, where, and its log: for assertion messages.</summary>
    public string Describe() =>
        $"QuickFIX {Options.App} {Options.BeginString} {Options.SenderCompId} on port {Port} in {WorkingDirectory}" +
        $"{(IsRunning ? "" : " (not running)")}; log:{Environment.NewLine}{Log}";

    public void Dispose() => Stop();

    private string SeqNumsPath(string? targetCompId)
    {
        string target = targetCompId ?? Options.TargetCompIds[0];
        return Path.Combine(StoreDirectory, $"{Options.BeginString}-{Options.SenderCompId}-{target}.seqnums");
    }

    private void Launch(CancellationToken cancellation)
    {
        if (PortProbe.IsListening(Port))
        {
            throw new InvalidOperationException($"port {Port} is already listening: another process holds it");
        }

        // The shell only sets up stdin and then becomes the peer (exec), so the pid is the peer's.
        string stdin = Options.App == QuickFixApp.OrderMatch ? StdinPath : "/dev/null";
        _process = BackgroundProcess.Start(
            _binary,
            [ConfigPath, stdin],
            logFilePath: LogPath,
            shellCommand: "exec \"$0\" \"$1\" <>\"$2\"",
            workingDirectory: WorkingDirectory);

        BackgroundProcess process = _process;
        Wait.Until(
            () => PortProbe.IsListening(Port) || process.HasExited,
            Options.StartTimeout,
            cancellation,
            $"QuickFIX {Options.App} to listen on port {Port}",
            Describe);
        if (!PortProbe.IsListening(Port))
        {
            throw new InvalidOperationException($"QuickFIX {Options.App} exited early ({process.ExitCode}): {Describe()}");
        }
    }
}

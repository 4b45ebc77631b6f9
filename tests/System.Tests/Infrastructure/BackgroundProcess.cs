using System.Diagnostics;
using System.Text;

namespace Gateway.System.Tests.Infrastructure;

/// <summary>
/// A long-running child (a peer, a capture) started in its own session and process group with <c>setsid</c>, so
/// that stopping it also stops anything it spawned. Its stdout and stderr are captured line by line, kept in
/// memory for failure messages and, if asked, appended to a log file.
/// </summary>
public sealed class BackgroundProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private StreamWriter? _logFile;
    private readonly Lock _gate = new();

    private BackgroundProcess(Process process, string command, StreamWriter? logFile)
    {
        _process = process;
        Command = command;
        _logFile = logFile;
    }

    public string Command { get; }

    public int Pid { get; private set; }

    /// <summary>The process group, equal to <see cref="Pid"/> once setsid has run.</summary>
    public int ProcessGroup { get; private set; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything printed so far, stdout and stderr interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <paramref name="fileName"/> under setsid; when <paramref name="shellCommand"/> is given it runs as
    /// <c>sh -c shellCommand fileName args...</c> instead (for redirections like <c>&lt;&gt;fifo</c>), where the
    /// command should end in <c>exec</c> so the pid stays the program's.
    /// </summary>
    public static BackgroundProcess Start(
        string fileName, IEnumerable<string> arguments, string? logFilePath = null, string? shellCommand = null,
        string? workingDirectory = null)
    {
        string setsid = ProcessRunner.FindOnPath("setsid")
            ?? throw new InvalidOperationException("setsid (util-linux) is not on PATH");
        var info = new ProcessStartInfo(setsid)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = shellCommand is null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        if (shellCommand is not null)
        {
            info.ArgumentList.Add("/bin/sh");
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(shellCommand);
        }

        info.ArgumentList.Add(fileName);
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        StreamWriter? log = logFilePath is null ? null : new StreamWriter(logFilePath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = info };
        var background = new BackgroundProcess(process, ProcessRunner.Describe(info), log);
        process.OutputDataReceived += (_, e) => background.Append(e.Data);
        process.ErrorDataReceived += (_, e) => background.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"could not start {background.Command}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        background.Pid = process.Id;
        background.ProcessGroup = process.Id;
        return background;
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails early if the process exits.</summary>
    public void WaitForOutput(string text, TimeSpan timeout, CancellationToken cancellation)
    {
        Wait.Until(
            () => Output.Contains(text, StringComparison.Ordinal) || HasExited,
            timeout,
            cancellation,
            $"'{text}' from {Command}",
            () => Output);
        if (!Output.Contains(text, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{Command} exited ({ExitCode}) before printing '{text}':{Environment.NewLine}{Output}");
        }
    }

    /// <summary>Sends a signal to the process only (not its group).</summary>
    public void Signal(int signal)
    {
        if (!HasExited)
        {
            Posix.Signal(Pid, signal);
        }
    }

    /// <summary>Waits for exit; false at the deadline.</summary>
    public bool WaitForExit(TimeSpan timeout, CancellationToken cancellation)
    {
        bool exited = Wait.TryUntil(() => _process.HasExited, timeout, cancellation);
        if (exited)
        {
            // Drains the asynchronous output readers.
            _process.WaitForExit();
        }

        return exited;
    }

    /// <summary>SIGKILL to the whole process group, then waits for the process to be gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            // setsid made the child a group leader: -pid names its group (the program and anything it forked).
            Posix.Signal(-ProcessGroup, Posix.SigKill);
            Posix.Signal(Pid, Posix.SigKill);
        }

        _process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        lock (_gate)
        {
            _logFile?.Dispose();
            _logFile = null;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
            _logFile?.WriteLine(line);
        }
    }
}

using System.Diagnostics;
using System.Text;

namespace Gateway.System.Tests.Infrastructure;

/// <summary>What a finished process printed and returned.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() =>
        $"{Command} exited {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{StandardOutput}" +
        $"{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}";
}

/// <summary>Runs a program to completion within a deadline and captures its output.</summary>
public static class ProcessRunner
{
    /// <summary>
    /// Runs <paramref name="fileName"/> with <paramref name="arguments"/> (no shell). Past the deadline or on
    /// cancellation the process is killed and <see cref="TimeoutException"/> / <see cref="OperationCanceledException"/>
    /// is thrown with what it printed so far.
    /// </summary>
    public static ProcessResult Run(
        string fileName, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellation,
        string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        string command = Describe(info);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"could not start {command}");
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using (cancellation.Register(() => KillQuietly(process)))
        {
            if (!process.WaitForExit(timeout))
            {
                KillQuietly(process);
                process.WaitForExit();
                cancellation.ThrowIfCancellationRequested();
                throw new TimeoutException(
                    $"{command} did not finish within {timeout.TotalSeconds:0.#} s{Environment.NewLine}{Snapshot(stdout)}{Snapshot(stderr)}");
            }

            // The parameterless wait also drains the asynchronous output readers.
            process.WaitForExit();
        }

        cancellation.ThrowIfCancellationRequested();
        return new ProcessResult(command, process.ExitCode, Snapshot(stdout), Snapshot(stderr));
    }

    /// <summary>Full path of a program on PATH, or null.</summary>
    public static string? FindOnPath(string program)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, program);
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    internal static string Describe(ProcessStartInfo info) => $"{info.FileName} {string.Join(' ', info.ArgumentList)}";

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}

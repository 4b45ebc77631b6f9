using System.Runtime.InteropServices;

namespace Gateway.System.Tests.Infrastructure;

/// <summary>The few libc calls .NET has no API for: signals to a process or group, and FIFOs.</summary>
public static partial class Posix
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    /// <summary>Sends a signal; a negative pid means the process group -pid. Returns false if none was found.</summary>
    public static bool Signal(int pid, int signal) => Kill(pid, signal) == 0;

    public static void MakeFifo(string path)
    {
        if (MkFifo(path, Convert.ToUInt32("600", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MkFifo(string path, uint mode);
}

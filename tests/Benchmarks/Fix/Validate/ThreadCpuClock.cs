using System.Runtime.InteropServices;

namespace Gateway.Benchmarks.Fix.Validate;

/// <summary>
/// The CPU time the calling thread has used (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): unlike wall time it does not
/// grow while the thread waits for a core, so a loop's cost per operation holds up on a crowded machine.
/// Elsewhere it falls back to the process's processor time.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static long NowNanos()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
        }

        return System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

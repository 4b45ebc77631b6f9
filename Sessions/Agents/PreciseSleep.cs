using System.Runtime.InteropServices;

namespace Gateway.Sessions.Agents;

/// <summary>
/// Sleeps with sub-millisecond precision: clock_nanosleep(CLOCK_MONOTONIC) on Linux, where Thread.Sleep works in
/// whole milliseconds (a 200 µs TimeSpan becomes 0 ms, i.e. a yield). Elsewhere falls back to Thread.Sleep,
/// rounded up to a millisecond so a park never turns into a busy loop.
/// </summary>
internal static partial class PreciseSleep
{
    private const int ClockMonotonic = 1;
    private const int Eintr = 4;
    private const long NanosPerSecond = 1_000_000_000L;

    private static readonly bool s_useNanosleep = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    public static void Sleep(long nanos)
    {
        if (nanos <= 0)
        {
            return;
        }

        if (s_useNanosleep)
        {
            var request = new Timespec(nanos / NanosPerSecond, nanos % NanosPerSecond);
            // A signal (the runtime uses them, e.g. for GC suspension) ends the sleep early: sleep the rest.
            while (ClockNanosleep(ClockMonotonic, 0, in request, out var remaining) == Eintr)
            {
                request = remaining;
            }
        }
        else
        {
            Thread.Sleep((int)Math.Min(int.MaxValue, (nanos + 999_999) / 1_000_000));
        }
    }

    /// <summary>struct timespec on 64-bit Linux: two longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct Timespec(long Seconds, long Nanos);

    // Returns 0 or the error number itself (not -1 and errno).
    [LibraryImport("libc.so.6", EntryPoint = "clock_nanosleep")]
    private static partial int ClockNanosleep(int clockId, int flags, in Timespec request, out Timespec remaining);
}

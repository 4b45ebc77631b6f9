using System.Globalization;

namespace Gateway.Hosting;

/// <summary>
/// How busy the machine is (Linux /proc/loadavg: runnable threads averaged over a minute), so the host can say
/// when latency figures include waits for a core rather than the gateway's own work.
/// </summary>
public static class MachineLoad
{
    /// <summary>The one-minute load average, or null where the OS does not tell.</summary>
    public static double? OneMinute()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            var first = text.Split(' ', 2)[0];
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}

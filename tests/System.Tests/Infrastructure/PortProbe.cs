using System.Globalization;

namespace Gateway.System.Tests.Infrastructure;

/// <summary>
/// Whether something listens on a TCP port, read from /proc/net/tcp{,6} so that asking does not open a
/// connection the listener would see.
/// </summary>
public static class PortProbe
{
    private const string ListenState = "0A";

    public static bool IsListening(int port) => Listens("/proc/net/tcp", port) || Listens("/proc/net/tcp6", port);

    // Lines look like: "  0: 00000000:1F90 00000000:0000 0A ..." (local address:port in hex, then remote, then state).
    private static bool Listens(string table, int port)
    {
        if (!File.Exists(table))
        {
            return false;
        }

        foreach (string line in File.ReadLines(table).Skip(1))
        {
            string[] columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 4 || columns[3] != ListenState)
            {
                continue;
            }

            string local = columns[1];
            int colon = local.LastIndexOf(':');
            if (colon > 0 && int.Parse(local.AsSpan(colon + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture) == port)
            {
                return true;
            }
        }

        return false;
    }
}

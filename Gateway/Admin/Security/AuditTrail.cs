using System.Text;
using System.Text.Json;
using Gateway.Admin.Web;

namespace Gateway.Admin.Security;

/// <summary>
/// The audit trail of admin actions: one JSON line per action, allowed or refused, appended and flushed to disk
/// before the answer goes back, so it survives restarts. Never holds a token value, only the token's name.
/// </summary>
public sealed class AuditTrail
{
    private readonly object _lock = new();

    public AuditTrail(string path)
    {
        Path = path;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
    }

    public string Path { get; }

    public void Append(AuditEntry entry)
    {
        var line = JsonSerializer.Serialize(entry, AdminJsonContext.Default.AuditEntry) + "\n";
        var bytes = Encoding.UTF8.GetBytes(line);
        lock (_lock)
        {
            using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            file.Write(bytes);
            file.Flush(flushToDisk: true);
        }
    }

    /// <summary>The newest <paramref name="limit"/> entries, newest first; a line that does not parse (a torn last write) is skipped.</summary>
    public IReadOnlyList<AuditEntry> Newest(int limit)
    {
        string[] lines;
        lock (_lock)
        {
            if (!File.Exists(Path))
            {
                return [];
            }

            lines = File.ReadAllLines(Path);
        }

        var entries = new List<AuditEntry>(Math.Min(limit, lines.Length));
        for (var i = lines.Length - 1; i >= 0 && entries.Count < limit; i--)
        {
            if (TryParse(lines[i], out var entry))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static bool TryParse(string line, out AuditEntry entry)
    {
        entry = null!;
        if (string.IsNullOrWhiteSpace(line))
        {
            return false;
        }

        try
        {
            entry = JsonSerializer.Deserialize(line, AdminJsonContext.Default.AuditEntry)!;
            return entry is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

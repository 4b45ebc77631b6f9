using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Journal;

/// <summary>The names of one journal's segment files: <c>{directory}/{name}.{index:D6}.journal</c>, index from 1.</summary>
internal sealed class JournalSegmentFiles(string directory, string name)
{
    public const long FirstIndex = 1;
    public const string LockSuffix = ".lock";

    public string PathOf(long index) =>
        Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{name}.{index:D6}{JournalLayout.SegmentSuffix}"));

    /// <summary>
    /// Takes the journal's writer lock: <c>{name}.lock</c> held open exclusively (flock on Unix) until the journal is
    /// disposed, so a second writer — another process, or a second Open in this one — fails before touching a file.
    /// </summary>
    public SafeFileHandle Lock()
    {
        var path = Path.Combine(directory, name + LockSuffix);
        try
        {
            return File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new IOException($"journal '{name}' in {directory} is open already (in this or another process): {e.Message}", e);
        }
    }

    /// <summary>The indexes of the segment files present, ascending.</summary>
    public List<long> ExistingIndexes()
    {
        var indexes = new List<long>();
        foreach (var path in Directory.EnumerateFiles(directory, name + ".*" + JournalLayout.SegmentSuffix))
        {
            var fileName = Path.GetFileName(path);
            if (!fileName.EndsWith(JournalLayout.SegmentSuffix, StringComparison.Ordinal))
            {
                continue; // EnumerateFiles' pattern also matches longer extensions on some platforms
            }

            var digits = fileName.AsSpan(name.Length + 1, fileName.Length - name.Length - 1 - JournalLayout.SegmentSuffix.Length);
            if (IsDigits(digits) && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= FirstIndex)
            {
                indexes.Add(index);
            }
        }

        indexes.Sort();
        return indexes;
    }

    /// <summary>Deletes segments left half-created (under their temporary name) by a crash.</summary>
    public void DeleteTemporaries()
    {
        foreach (var path in Directory.EnumerateFiles(directory, name + ".*" + JournalLayout.SegmentSuffix + JournalLayout.TemporarySuffix))
        {
            File.Delete(path);
        }
    }

    /// <summary>Renames <paramref name="path"/> to a free <c>{path}[.n].orphan</c> name; returns the new name.</summary>
    public static string MoveAside(string path)
    {
        var target = path + JournalLayout.OrphanSuffix;
        for (var n = 1; File.Exists(target); n++)
        {
            target = string.Create(CultureInfo.InvariantCulture, $"{path}.{n}{JournalLayout.OrphanSuffix}");
        }

        File.Move(path, target);
        return target;
    }

    /// <summary>A free <c>{path}.tail-{offset}[.n].orphan</c> name for bytes cut from a segment's tail.</summary>
    public static string TailOrphanPath(string path, int offset)
    {
        var stem = string.Create(CultureInfo.InvariantCulture, $"{path}.tail-{offset}");
        var target = stem + JournalLayout.OrphanSuffix;
        for (var n = 1; File.Exists(target); n++)
        {
            target = string.Create(CultureInfo.InvariantCulture, $"{stem}.{n}{JournalLayout.OrphanSuffix}");
        }

        return target;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

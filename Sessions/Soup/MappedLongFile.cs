using System.IO.MemoryMappedFiles;

namespace Gateway.Sessions.Soup;

/// <summary>
/// A file of 64-bit values mapped into memory (shared): a write is a store into the OS page cache, no syscall, and
/// survives the process being killed the moment it is made. An aligned 8-byte store cannot tear on the platforms we
/// run on, so each value is either its old or its new self after a crash. A new file reads as zeros.
/// Used for the SoupBinTCP client's next expected sequence number and for a venue adapter's order table.
/// </summary>
public sealed unsafe class MappedLongFile : IDisposable
{
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly long* _values;
    private bool _disposed;

    /// <summary>Opens or creates <paramref name="path"/> with room for <paramref name="count"/> values (cold).</summary>
    public MappedLongFile(string path, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Path = path;
        Count = count;
        var bytes = (long)count * sizeof(long);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using (var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            if (file.Length < bytes)
            {
                file.SetLength(bytes);
            }
        }

        _map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.ReadWrite);
        try
        {
            _view = _map.CreateViewAccessor(0, bytes, MemoryMappedFileAccess.ReadWrite);
            byte* pointer = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            _values = (long*)(pointer + _view.PointerOffset);
        }
        catch
        {
            _view?.Dispose();
            _map.Dispose();
            throw;
        }
    }

    public string Path { get; }

    public int Count { get; }

    /// <summary>The values, in the mapping. Valid until <see cref="Dispose"/>.</summary>
    public Span<long> Values => new(_values, Count);

    public long this[int index]
    {
        get => Volatile.Read(ref Values[index]);
        set => Volatile.Write(ref Values[index], value);
    }

    /// <summary>msync: the mapped pages to the disk (a power-loss guarantee; a process kill needs none).</summary>
    public void Flush() => _view.Flush();

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }
}

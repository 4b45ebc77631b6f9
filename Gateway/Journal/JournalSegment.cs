using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Journal;

/// <summary>
/// One segment file mapped shared into memory for its whole length: an append is a copy into the OS page cache, no
/// syscall, and the bytes belong to the OS the moment they are copied (a kill -9 after the copy loses nothing).
/// fsync of the file handle writes the mapped pages back too (Linux).
/// </summary>
internal sealed unsafe class JournalSegment : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private bool _disposed;

    private JournalSegment(string path, long index, int length, SafeFileHandle file)
    {
        Path = path;
        Index = index;
        Length = length;
        _file = file;
        _map = MemoryMappedFile.CreateFromFile(file, null, length, MemoryMappedFileAccess.ReadWrite, HandleInheritability.None, leaveOpen: true);
        try
        {
            _view = _map.CreateViewAccessor(0, length, MemoryMappedFileAccess.ReadWrite);
            byte* pointer = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            Pointer = pointer + _view.PointerOffset;
        }
        catch
        {
            _view?.Dispose();
            _map.Dispose();
            throw;
        }
    }

    public string Path { get; }

    public long Index { get; }

    public int Length { get; }

    /// <summary>The first byte of the mapping; valid until <see cref="Dispose"/>.</summary>
    public byte* Pointer { get; }

    public Span<byte> Bytes => new(Pointer, Length);

    /// <summary>
    /// A new segment: created under a temporary name, preallocated (fallocate) to <paramref name="length"/>, its
    /// header written and, with <paramref name="prefault"/>, every page touched so the appender takes no page fault;
    /// then renamed into place, so a segment file under its real name always has a header. With
    /// <paramref name="fsync"/> the file and then its folder are fsynced, so the segment survives a power loss.
    /// </summary>
    public static JournalSegment Create(string path, long index, int length, bool prefault, bool fsync)
    {
        var temporary = path + JournalLayout.TemporarySuffix;
        File.Delete(temporary);
        var file = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, FileOptions.None, length);
        JournalSegment? segment = null;
        try
        {
            RandomAccess.SetLength(file, length);
            segment = new JournalSegment(path, index, length, file);
            JournalLayout.WriteSegmentHeader(segment.Bytes, index, length);
            if (prefault)
            {
                segment.Prefault(JournalLayout.SegmentHeaderLength);
            }

            if (fsync)
            {
                RandomAccess.FlushToDisk(file);
            }

            File.Move(temporary, path);
            if (fsync)
            {
                DirectorySync.Flush(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            }

            return segment;
        }
        catch
        {
            if (segment is null)
            {
                file.Dispose();
            }
            else
            {
                segment.Dispose();
            }

            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>An existing segment, mapped for its stated length (a file cut short grows back with zeros); null if its header is not valid.</summary>
    public static JournalSegment? OpenExisting(string path, long index)
    {
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            Span<byte> header = stackalloc byte[JournalLayout.SegmentHeaderLength];
            var read = RandomAccess.Read(file, header, 0);
            var length = JournalLayout.ReadSegmentHeader(header[..read], index);
            if (length < 0)
            {
                file.Dispose();
                return null;
            }

            return new JournalSegment(path, index, (int)length, file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes a zero into every page from <paramref name="offset"/> on, so the pages are in the page cache and
    /// mapped writable before the appender gets there. Only for bytes that are zero already.
    /// </summary>
    public void Prefault(int offset)
    {
        var page = Environment.SystemPageSize;
        for (long at = offset; at < Length; at = (at / page + 1) * page)
        {
            Pointer[at] = 0;
        }
    }

    /// <summary>fsync: the mapped pages to the disk.</summary>
    public void Flush() => RandomAccess.FlushToDisk(_file);

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
        _file.Dispose();
    }
}

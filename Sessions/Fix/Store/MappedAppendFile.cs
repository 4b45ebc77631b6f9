using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// An append-only file written through a shared memory mapping of a window of it: an append is a copy into the OS
/// page cache, no syscall (the bytes belong to the OS once copied, so a kill -9 afterwards loses nothing, as with
/// pwrite). Beyond <see cref="Length"/> the file holds zeros: each window is reserved on the disk
/// (<see cref="FileSpace"/>) before it is mapped, so a full disk shows as an <see cref="IOException"/> from
/// <see cref="Claim"/>, never as a fault on a mapped write. The window is mapped at the first claim, not on open: a
/// store only read (Refresh) never grows or maps its files. Moving to the next window is mmap/munmap through libc
/// (no allocation: MemoryMappedFile allocates objects per view). Single writer; not thread-safe. Unix only.
/// </summary>
internal sealed unsafe partial class MappedAppendFile : IDisposable
{
    private const int ProtReadWrite = 0x1 | 0x2; // PROT_READ | PROT_WRITE
    private const int MapShared = 0x1; // MAP_SHARED
    private const long PageBytes = 64 * 1024; // a multiple of every page size in use; mmap offsets are aligned to it

    private readonly SafeFileHandle _file;
    private readonly long _windowBytes;
    private byte* _mapping; // the byte at file offset _mappingStart
    private long _mappingStart;
    private long _mappingBytes;
    private long _viewEnd;
    private bool _grown;

    /// <param name="length">Where appends start: the end of the file's valid content.</param>
    /// <param name="windowBytes">How much of the file one mapping covers (and is reserved ahead of the appends).</param>
    public MappedAppendFile(SafeFileHandle file, long length, long windowBytes)
    {
        _file = file;
        Length = length;
        _windowBytes = windowBytes;
    }

    /// <summary>The end of the appended content (the file itself may be longer: reserved zeros).</summary>
    public long Length { get; private set; }

    /// <summary>
    /// The <paramref name="count"/> bytes at <see cref="Length"/>, in the mapping, for the caller to fill before
    /// <see cref="Commit"/>. Valid until the next claim on this file. Throws <see cref="IOException"/> if the file
    /// cannot grow or be mapped.
    /// </summary>
    public Span<byte> Claim(int count)
    {
        if (Length + count > _viewEnd)
        {
            MapAt(Length, count);
        }

        return new Span<byte>(_mapping + (Length - _mappingStart), count);
    }

    public void Commit(int count) => Length += count;

    /// <summary>Unmaps and moves the append point (after the file was cut or re-read); the next claim maps again.</summary>
    public void Restart(long length)
    {
        Unmap();
        Length = length;
    }

    /// <summary>Unmaps; if this instance grew the file, cuts the reserved zeros off so a clean close leaves the file exactly its content.</summary>
    public void Dispose()
    {
        Unmap();
        if (_grown && !_file.IsClosed && RandomAccess.GetLength(_file) > Length)
        {
            RandomAccess.SetLength(_file, Length);
        }
    }

    private void MapAt(long offset, int count)
    {
        Unmap();
        var start = offset / PageBytes * PageBytes;
        var end = offset + Math.Max(_windowBytes, count);
        FileSpace.Reserve(_file, end);
        _grown = true;
        var mapping = Mmap(null, (nuint)(end - start), ProtReadWrite, MapShared, (int)_file.DangerousGetHandle(), start);
        if (mapping == (void*)-1)
        {
            throw new IOException($"cannot map {end - start} bytes of the file store: errno {Marshal.GetLastPInvokeError()}");
        }

        _mapping = (byte*)mapping;
        _mappingStart = start;
        _mappingBytes = end - start;
        _viewEnd = end;
    }

    private void Unmap()
    {
        if (_mapping is not null)
        {
            _ = Munmap(_mapping, (nuint)_mappingBytes);
        }

        _mapping = null;
        _mappingStart = 0;
        _mappingBytes = 0;
        _viewEnd = 0;
    }

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static partial void* Mmap(void* address, nuint length, int protection, int flags, int fd, long offset);

    [LibraryImport("libc", EntryPoint = "munmap")]
    private static partial int Munmap(void* address, nuint length);
}

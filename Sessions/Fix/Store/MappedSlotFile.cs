using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// The .seqnums file mapped into memory (shared): a slot write is a 48-byte copy into the OS page cache, no
/// syscall. The bytes belong to the OS the moment they are copied, so a kill -9 after the copy loses nothing; a kill
/// during it tears at most the slot being written, and the other slot still holds the previous numbers (the same
/// rule that covers a torn write on power loss). fsync of the file handle writes the mapped pages back too (Linux);
/// <see cref="Flush"/> does it through the mapping (msync) where that is not so.
/// </summary>
internal sealed unsafe class MappedSlotFile : IDisposable
{
    private const int Length = FileStoreLayout.SlotLength * FileStoreLayout.SlotCount;

    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;

    /// <summary>Maps both slots; a shorter file grows to them with zeros (an all-zero slot is invalid, readers skip it).</summary>
    public MappedSlotFile(SafeFileHandle file)
    {
        var capacity = Math.Max(Length, RandomAccess.GetLength(file));
        _map = MemoryMappedFile.CreateFromFile(file, null, capacity, MemoryMappedFileAccess.ReadWrite, HandleInheritability.None, leaveOpen: true);
        try
        {
            _view = _map.CreateViewAccessor(0, Length, MemoryMappedFileAccess.ReadWrite);
            byte* pointer = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            _pointer = pointer + _view.PointerOffset;
        }
        catch
        {
            _view?.Dispose();
            _map.Dispose();
            throw;
        }
    }

    /// <summary>The slot at <paramref name="offset"/> (0 or <see cref="FileStoreLayout.SlotLength"/>), in the mapping.</summary>
    public Span<byte> Slot(int offset) => new(_pointer + offset, FileStoreLayout.SlotLength);

    /// <summary>msync: the mapped slots to the disk.</summary>
    public void Flush() => _view.Flush();

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }
}

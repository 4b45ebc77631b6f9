using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Gateway.Sessions.Fix.Store;

/// <summary>
/// Grows a file to a length with its disk blocks reserved (posix_fallocate on Linux), so writes through a shared
/// mapping of it never need a block: a full disk fails here, as an <see cref="IOException"/>, and not later as a
/// SIGBUS on a mapped write. Elsewhere the file is only lengthened (sparse). Never shrinks a file.
/// </summary>
internal static partial class FileSpace
{
    public static void Reserve(SafeFileHandle file, long length)
    {
        if (RandomAccess.GetLength(file) >= length)
        {
            return;
        }

        if (!OperatingSystem.IsLinux())
        {
            RandomAccess.SetLength(file, length);
            return;
        }

        var error = PosixFallocate((int)file.DangerousGetHandle(), 0, length);
        if (error != 0)
        {
            throw new IOException($"cannot reserve {length} bytes for the file store: errno {error}");
        }
    }

    /// <summary>Returns the error number itself (0: done); errno is not set.</summary>
    [LibraryImport("libc", EntryPoint = "posix_fallocate")]
    private static partial int PosixFallocate(int fd, long offset, long length);
}

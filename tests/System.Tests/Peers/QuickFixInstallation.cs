using System.IO.Compression;

namespace Gateway.System.Tests.Peers;

/// <summary>
/// Where Debian's QuickFIX C++ example programs are: libquickfix-doc ships the prebuilt binaries gzipped under
/// .libs/ (the .gz beside them are libtool wrapper scripts, not programs); they need libquickfix.so.17 from
/// libquickfix-dev's dependency. Nothing is installed here: a missing peer fails the test with the command to run.
/// </summary>
public static class QuickFixInstallation
{
    private const string Examples = "/usr/share/doc/libquickfix-doc/examples";

    public static string CompressedBinaryOf(QuickFixApp app) => app switch
    {
        QuickFixApp.Executor => $"{Examples}/executor/C++/.libs/executor.gz",
        QuickFixApp.OrderMatch => $"{Examples}/ordermatch/.libs/ordermatch.gz",
        _ => throw new ArgumentOutOfRangeException(nameof(app), app, null),
    };

    /// <summary>Throws <see cref="PeerMissingException"/> unless the example binary is installed.</summary>
    public static void EnsureInstalled(QuickFixApp app)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PeerMissingException("the QuickFIX C++ peer runs from Debian packages: Linux only");
        }

        string gz = CompressedBinaryOf(app);
        if (!File.Exists(gz))
        {
            throw new PeerMissingException(
                $"QuickFIX C++ {app} is not installed ({gz} is missing): {PeerMissingException.InstallHint}");
        }
    }

    /// <summary>Unpacks the example into <paramref name="directory"/> and makes it executable; returns its path.</summary>
    public static string Unpack(QuickFixApp app, string directory)
    {
        EnsureInstalled(app);
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException();
        }

        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, app.ToString().ToLowerInvariant());
        if (!File.Exists(path))
        {
            using (FileStream source = File.OpenRead(CompressedBinaryOf(app)))
            using (var gunzip = new GZipStream(source, CompressionMode.Decompress))
            using (FileStream target = File.Create(path))
            {
                gunzip.CopyTo(target);
            }

            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}

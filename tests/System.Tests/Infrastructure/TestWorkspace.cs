using NUnit.Framework;
using NUnit.Framework.Interfaces;
using IOPath = System.IO.Path;

namespace Gateway.System.Tests.Infrastructure;

/// <summary>
/// A fresh working directory per test under the temp folder (/tmp/gateway-system-tests/TEST-xxxxxx). Kept when
/// the test fails, so its logs, stores and captures can be read; deleted when it passes. Dispose it from a
/// [TearDown], where the outcome is known; disposed inside the test it is deleted (GATEWAY_KEEP_WORKSPACES=1 keeps it).
/// </summary>
public sealed class TestWorkspace : IDisposable
{
    private TestWorkspace(string path) => Path = path;

    public string Path { get; }

    public static TestWorkspace Create()
    {
        string name = new(TestContext.CurrentContext.Test.Name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());
        if (name.Length > 60)
        {
            name = name[..60];
        }

        string root = IOPath.Combine(IOPath.GetTempPath(), "gateway-system-tests");
        string path = IOPath.Combine(root, $"{name}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(path);
        return new TestWorkspace(path);
    }

    /// <summary>A sub-directory, created.</summary>
    public string Sub(string name)
    {
        string path = IOPath.Combine(Path, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        // Disposed inside a test body, the outcome is not known yet (Inconclusive): only a recorded failure, or
        // GATEWAY_KEEP_WORKSPACES=1, keeps the folder; journals and stores would otherwise fill the disk.
        var status = TestContext.CurrentContext.Result.Outcome.Status;
        var keep = status == TestStatus.Failed || Environment.GetEnvironmentVariable("GATEWAY_KEEP_WORKSPACES") == "1";
        if (!keep)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A peer still writing: leave it for the temp cleaner.
            }
        }
        else
        {
            TestContext.Out.WriteLine($"test workspace kept: {Path}");
        }
    }
}

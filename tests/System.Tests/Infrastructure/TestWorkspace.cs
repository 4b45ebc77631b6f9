using NUnit.Framework;
using NUnit.Framework.Interfaces;
using IOPath = System.IO.Path;

namespace Gateway.System.Tests.Infrastructure;

/// <summary>
/// A fresh working directory per test under the temp folder (/tmp/gateway-system-tests/TEST-xxxxxx). Kept when
/// the test fails, so its logs, stores and captures can be read; deleted when it passes. Dispose it from a
/// [TearDown], where the outcome is known.
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
        if (TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Passed)
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

using NUnit.Framework;

namespace Gateway.System.Tests.Operations;

/// <summary>The QuickFIX dictionaries in ../shared/fix/spec beside the repository (third-party data, never copied here).</summary>
internal static class SharedSpec
{
    public static string Fix44 => Find("FIX44.xml");

    private static string Find(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "fix", "spec", file));
                if (File.Exists(path))
                {
                    return path;
                }

                break;
            }
        }

        if (Environment.GetEnvironmentVariable("GATEWAY_REQUIRE_SHARED") == "1")
        {
            Assert.Fail($"../shared/fix/spec/{file} is missing beside the repository");
        }

        Assert.Ignore($"../shared/fix/spec/{file} is not present beside the repository");
        return "";
    }
}

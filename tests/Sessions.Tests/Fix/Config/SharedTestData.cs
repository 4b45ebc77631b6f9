using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Config;

/// <summary>Finds third-party data in ../shared beside the repository; ignores the test when it is not there.</summary>
internal static class SharedTestData
{
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", relative);
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        Assert.Ignore($"../shared/{relative} is not present beside the repository");
        return string.Empty;
    }
}

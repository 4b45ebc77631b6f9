using FluentAssertions;
using Gateway.Admin;
using Gateway.Admin.Web;
using NUnit.Framework;

namespace Gateway.Tests.Admin;

/// <summary>The console's page ships inside the gateway's assembly and is found by its path.</summary>
public sealed class EmbeddedWwwrootTests
{
    [Test]
    public void The_index_page_is_embedded()
    {
        var files = new EmbeddedWwwroot(typeof(AdminConsole).Assembly);

        files.Paths.Should().Contain("/index.html");
        var index = files.GetFileInfo("/index.html");
        index.Exists.Should().BeTrue();
        index.Name.Should().Be("index.html");
        using var reader = new StreamReader(index.CreateReadStream());
        reader.ReadToEnd().Should().Contain("<html");
        index.Length.Should().BeGreaterThan(0);
        files.GetFileInfo("index.html").Exists.Should().BeTrue();
        files.GetFileInfo("/missing.js").Exists.Should().BeFalse();
    }
}

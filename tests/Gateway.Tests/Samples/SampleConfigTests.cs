using FluentAssertions;
using Gateway.Config;
using NUnit.Framework;

namespace Gateway.Tests.Samples;

/// <summary>The sample configuration the README points at must load as it is shipped.</summary>
public sealed class SampleConfigTests
{
    [Test]
    public void The_sample_configuration_loads_with_its_risk_limits()
    {
        var path = Path.Combine(RepositoryRoot(), "Gateway", "Samples", "gateway.json");

        var config = GatewayConfigLoader.Load(path);
        var limits = GatewayConfigLoader.RiskLimits(config);

        config.Venues.Should().ContainSingle(v => v.Session == "FIX.4.4:GATEWAY->SIMFIX44");
        config.FixSettings.Should().Be(Path.Combine(RepositoryRoot(), "Gateway", "Samples", "venues.cfg"));
        File.Exists(config.FixSettings).Should().BeTrue();
        limits.Strategies.Should().ContainSingle(s => s.Id == 1 && s.MaxOrderQuantity == 1000);
        limits.Instruments.Should().HaveCount(2);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("the tests run inside the repository");
    }
}

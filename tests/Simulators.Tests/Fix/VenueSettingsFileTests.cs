using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using Gateway.Simulators.Fix;
using NUnit.Framework;

namespace Gateway.Simulators.Tests.Fix;

public sealed class VenueSettingsFileTests
{
    [Test]
    public void The_settings_written_for_sessions_in_code_name_the_dictionaries_only_when_asked()
    {
        var plain = VenueSettingsFile.Write(new FixVenueSimulatorOptions { Sessions = [new SimulatedSession("FIX.4.2")] });
        var validated = VenueSettingsFile.Write(new FixVenueSimulatorOptions
        {
            Sessions = [new SimulatedSession("FIX.4.2"), new SimulatedSession("FIXT.1.1", "EXEC", "GW2")],
            DictionaryDirectory = "/spec",
        });

        plain.Should().Contain("UseDataDictionary=N").And.NotContain("DataDictionary=/");
        var file = QuickFixSettingsFile.Parse(validated);
        file.Sessions[0].GetString("DataDictionary").Should().Be(Path.Combine("/spec", "FIX42.xml"));
        file.Sessions[1].GetString("AppDataDictionary").Should().Be(Path.Combine("/spec", "FIX50SP2.xml"));
        file.Sessions[1].GetString("DefaultApplVerID").Should().Be("FIX.5.0SP2");
    }
}

using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Tests.Fix.Dictionary;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Config;

public sealed class QuickFixSettingsFileTests
{
    private const string TwoSessions = """
        # defaults for every session
        [DEFAULT]
        ConnectionType=acceptor
        SenderCompID=ISLD
        HeartBtInt=30

        [SESSION]
        BeginString=FIX.4.2
        TargetCompID=TW
        [SESSION]
        BeginString=FIX.4.4
        TargetCompID=TW
        HeartBtInt=20
        """;

    [Test]
    public void Sessions_inherit_default_settings_and_may_override_them()
    {
        var file = QuickFixSettingsFile.Parse(TwoSessions);

        file.Sessions.Should().HaveCount(2);
        file.Sessions[0].GetInt(SettingNames.HeartBtInt).Should().Be(30);
        file.Sessions[1].GetInt(SettingNames.HeartBtInt).Should().Be(20);
        file.Sessions[0].GetString(SettingNames.ConnectionType).Should().Be("acceptor");
        file.Defaults.GetString(SettingNames.SenderCompID).Should().Be("ISLD");
    }

    [Test]
    public void Sessions_are_identified_from_their_own_and_inherited_settings()
    {
        var file = QuickFixSettingsFile.Parse(TwoSessions);

        file.Sessions[0].SessionId.Should().Be(new FixSessionId("FIX.4.2", "ISLD", "TW"));
        file.Sessions[1].SessionId!.ToString().Should().Be("FIX.4.4:ISLD->TW");
        file.Get(new FixSessionId("FIX.4.4", "ISLD", "TW")).Should().BeSameAs(file.Sessions[1]);
    }

    [Test]
    public void Keys_ignore_case_and_keys_and_values_are_trimmed()
    {
        var file = QuickFixSettingsFile.Parse(
            "[default]  \n  heartbtint = 45  \r\n[Session]\nbeginstring=FIX.4.4 \nSENDERCOMPID= A\ntargetcompid =B\t\n");

        var session = file.Sessions.Should().ContainSingle().Subject;
        session.GetInt("HeartBtInt").Should().Be(45);
        session.SessionId.Should().Be(new FixSessionId("FIX.4.4", "A", "B"));
    }

    [Test]
    public void A_value_is_everything_after_the_first_equals_sign()
    {
        var file = QuickFixSettingsFile.Parse("[DEFAULT]\nPassword=a=b=c\n");

        file.Defaults.GetString(SettingNames.Password).Should().Be("a=b=c");
    }

    [Test]
    public void An_empty_value_is_an_empty_string()
    {
        var file = QuickFixSettingsFile.Parse("[DEFAULT]\nSenderSubID=\n");

        file.Defaults.GetString(SettingNames.SenderSubID).Should().BeEmpty();
    }

    [Test]
    public void A_key_repeated_in_a_section_takes_its_last_value()
    {
        var file = QuickFixSettingsFile.Parse("[DEFAULT]\nHeartBtInt=1\nheartbtint=2\n");

        file.Defaults.GetInt(SettingNames.HeartBtInt).Should().Be(2);
    }

    [Test]
    public void A_file_without_sections_has_empty_defaults_and_no_sessions()
    {
        var file = QuickFixSettingsFile.Parse("# nothing here\n\n");

        file.Sessions.Should().BeEmpty();
        file.Defaults.Has(SettingNames.HeartBtInt).Should().BeFalse();
    }

    [Test]
    public void Optional_identity_parts_make_up_the_session_id()
    {
        var file = QuickFixSettingsFile.Parse("""
            [SESSION]
            BeginString=FIX.4.4
            SenderCompID=ISLD
            SenderSubID=DESK
            SenderLocationID=NY
            TargetCompID=TW
            TargetSubID=T1
            TargetLocationID=LDN
            SessionQualifier=eu
            """);

        var id = file.Sessions[0].SessionId!;
        id.Should().Be(new FixSessionId("FIX.4.4", "ISLD", "TW", "DESK", "NY", "T1", "LDN", "eu"));
        id.ToString().Should().Be("FIX.4.4:ISLD/DESK/NY->TW/T1/LDN:eu");
    }

    [Test]
    public void The_acceptance_acceptor_settings_parse()
    {
        var file = QuickFixSettingsFile.Load(SharedFixData.AcceptancePath("cfg/at_42.cfg"));

        var session = file.Sessions.Should().ContainSingle().Subject;
        session.SessionId.Should().Be(new FixSessionId("FIX.4.2", "ISLD", "TW"));
        session.GetString(SettingNames.ConnectionType).Should().Be("acceptor");
        session.GetInt(SettingNames.SocketAcceptPort).Should().Be(5003);
        session.GetBool(SettingNames.ResetOnLogon).Should().BeTrue();
        session.GetBool(SettingNames.SocketReuseAddress).Should().BeTrue();
        session.GetTime(SettingNames.StartTime).Should().Be(TimeOnly.MinValue);
        session.GetPath(SettingNames.DataDictionary).Should().Be(Path.Combine("spec", "fix", "FIX42.xml"));
        session.GetString(SettingNames.FileStorePath).Should().Be("store");
    }

    [Test]
    public void The_fix44_acceptance_settings_parse()
    {
        var file = QuickFixSettingsFile.Load(SharedFixData.AcceptancePath("cfg/at_44.cfg"));

        file.Sessions.Should().ContainSingle().Which.SessionId!.ToString().Should().Be("FIX.4.4:ISLD->TW");
        file.Sessions[0].GetInt(SettingNames.SocketAcceptPort).Should().Be(5005);
    }

    [TestCase("[DEFAULT]\nHeartBtInt\n", "line 2", "HeartBtInt")]
    [TestCase("[DEFAULT]\n=5\n", "line 2", "=5")]
    [TestCase("HeartBtInt=5\n", "line 1", "before any")]
    [TestCase("[DEFAULT\n", "line 1", "closing ']'")]
    [TestCase("[SESION]\n", "line 1", "unknown section [SESION]")]
    [TestCase("[DEFAULT]\n[DEFAULT]\n", "line 2", "second [DEFAULT]")]
    public void Malformed_lines_are_reported_with_their_line_number(string text, string line, string detail)
    {
        var parse = () => QuickFixSettingsFile.Parse(text, "gw.cfg");

        parse.Should().Throw<SettingsException>()
            .Which.Message.Should().StartWith($"gw.cfg {line}").And.Contain(detail);
    }

    [Test]
    public void A_session_without_a_TargetCompID_names_the_section_and_key()
    {
        var parse = () => QuickFixSettingsFile.Parse("[DEFAULT]\nSenderCompID=A\n[SESSION]\nBeginString=FIX.4.4\n", "gw.cfg");

        parse.Should().Throw<SettingsException>()
            .WithMessage("gw.cfg: [SESSION 1] has no TargetCompID (nor has [DEFAULT])");
    }

    [Test]
    public void An_unknown_BeginString_is_rejected()
    {
        var parse = () => QuickFixSettingsFile.Parse("[SESSION]\nBeginString=FIX.4.9\nSenderCompID=A\nTargetCompID=B\n", "gw.cfg");

        parse.Should().Throw<SettingsException>()
            .WithMessage("gw.cfg line 2, [SESSION 1]: BeginString='FIX.4.9': expected FIX.4.0 to FIX.4.4 or FIXT.1.1");
    }

    [Test]
    public void A_session_defined_twice_is_rejected()
    {
        var parse = () => QuickFixSettingsFile.Parse(TwoSessions + "\n[SESSION]\nBeginString=FIX.4.2\nTargetCompID=TW\n", "gw.cfg");

        parse.Should().Throw<SettingsException>()
            .Which.Message.Should().Contain("[SESSION 3] defines FIX.4.2:ISLD->TW again").And.Contain("[SESSION 1]");
    }

    [Test]
    public void Asking_for_an_undefined_session_names_it()
    {
        var file = QuickFixSettingsFile.Parse(TwoSessions, "gw.cfg");

        var get = () => file.Get(new FixSessionId("FIX.4.4", "X", "Y"));

        get.Should().Throw<SettingsException>().WithMessage("gw.cfg: no [SESSION] defines FIX.4.4:X->Y");
    }
}

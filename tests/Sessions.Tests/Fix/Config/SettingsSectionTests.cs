using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Config;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Config;

public sealed class SettingsSectionTests
{
    private static SettingsSection Session(string settings) =>
        QuickFixSettingsFile.Parse(
            "[DEFAULT]\nSenderCompID=ISLD\nTargetCompID=TW\nHeartBtInt=abc\n[SESSION]\nBeginString=FIX.4.4\n" + settings,
            "gw.cfg").Sessions[0];

    [TestCase("Y", true)]
    [TestCase("N", false)]
    [TestCase("y", true)]
    [TestCase("n", false)]
    public void Booleans_are_Y_or_N(string value, bool expected) =>
        Session($"ResetOnLogon={value}").GetBool(SettingNames.ResetOnLogon).Should().Be(expected);

    [TestCase("yes")]
    [TestCase("true")]
    [TestCase("")]
    public void Other_booleans_are_errors_naming_file_line_section_key_and_value(string value)
    {
        var get = () => Session($"ResetOnLogon={value}").GetBool(SettingNames.ResetOnLogon);

        get.Should().Throw<SettingsException>()
            .WithMessage($"gw.cfg line 7, [SESSION 1] FIX.4.4:ISLD->TW: ResetOnLogon='{value}': expected Y or N");
    }

    [Test]
    public void A_missing_setting_takes_the_default_given()
    {
        var session = Session(string.Empty);

        session.GetBool(SettingNames.ResetOnLogon, SettingNames.ResetOnLogonDefault).Should().BeFalse();
        session.GetInt(SettingNames.ReconnectInterval, SettingNames.ReconnectIntervalDefault).Should().Be(30);
        session.GetString(SettingNames.SocketAcceptHost, SettingNames.SocketAcceptHostDefault).Should().Be("0.0.0.0");
        session.TryGetString(SettingNames.SocketAcceptHost, out _).Should().BeFalse();
    }

    [Test]
    public void A_missing_required_setting_is_an_error_naming_section_and_key()
    {
        var get = () => Session(string.Empty).GetInt(SettingNames.SocketAcceptPort);

        get.Should().Throw<SettingsException>()
            .WithMessage("gw.cfg: [SESSION 1] FIX.4.4:ISLD->TW has no SocketAcceptPort (nor has [DEFAULT])");
    }

    [TestCase("5003", 5003)]
    [TestCase("-1", -1)]
    public void Integers_parse(string value, int expected) =>
        Session($"SocketAcceptPort={value}").GetInt(SettingNames.SocketAcceptPort).Should().Be(expected);

    [Test]
    public void A_bad_inherited_integer_names_the_default_line_and_the_session_reading_it()
    {
        var get = () => Session(string.Empty).GetInt(SettingNames.HeartBtInt);

        get.Should().Throw<SettingsException>()
            .WithMessage("gw.cfg line 4 ([DEFAULT]), [SESSION 1] FIX.4.4:ISLD->TW: HeartBtInt='abc': expected an integer");
    }

    [TestCase("1.5")]
    [TestCase("99999999999")]
    [TestCase("0x10")]
    public void Non_integers_are_errors(string value)
    {
        var get = () => Session($"SocketAcceptPort={value}").GetInt(SettingNames.SocketAcceptPort);

        get.Should().Throw<SettingsException>().Which.Message.Should().Contain("expected an integer");
    }

    [TestCase("00:00:00", 0, 0, 0)]
    [TestCase("23:59:59", 23, 59, 59)]
    [TestCase("9:30:00", 9, 30, 0)]
    public void Times_of_day_are_HH_mm_ss(string value, int h, int m, int s) =>
        Session($"StartTime={value}").GetTime(SettingNames.StartTime).Should().Be(new TimeOnly(h, m, s));

    [TestCase("24:00:00")]
    [TestCase("12:00")]
    [TestCase("noon")]
    public void Bad_times_are_errors(string value)
    {
        var get = () => Session($"StartTime={value}").GetTime(SettingNames.StartTime);

        get.Should().Throw<SettingsException>().Which.Message.Should().Contain("StartTime").And.Contain("HH:mm:ss");
    }

    [Test]
    public void An_absent_optional_time_or_day_is_null()
    {
        var session = Session(string.Empty);

        session.GetTimeOrNull(SettingNames.StartTime).Should().BeNull();
        session.GetDayOrNull(SettingNames.StartDay).Should().BeNull();
    }

    [TestCase("Mon", DayOfWeek.Monday)]
    [TestCase("monday", DayOfWeek.Monday)]
    [TestCase("MO", DayOfWeek.Monday)]
    [TestCase("tu", DayOfWeek.Tuesday)]
    [TestCase("th", DayOfWeek.Thursday)]
    [TestCase("Sat", DayOfWeek.Saturday)]
    [TestCase("Sunday", DayOfWeek.Sunday)]
    public void Days_are_english_names_or_prefixes(string value, DayOfWeek expected) =>
        Session($"StartDay={value}").GetDay(SettingNames.StartDay).Should().Be(expected);

    [TestCase("t")]
    [TestCase("mondays")]
    [TestCase("lundi")]
    public void Ambiguous_or_unknown_days_are_errors(string value)
    {
        var get = () => Session($"EndDay={value}").GetDay(SettingNames.EndDay);

        get.Should().Throw<SettingsException>().Which.Message.Should().Contain($"EndDay='{value}'");
    }

    [Test]
    public void Without_a_time_zone_the_schedule_is_in_UTC() =>
        Session(string.Empty).GetTimeZone().Should().Be(TimeZoneInfo.Utc);

    [Test]
    public void UseLocalTime_selects_the_machine_zone() =>
        Session("UseLocalTime=Y").GetTimeZone().Should().Be(TimeZoneInfo.Local);

    [Test]
    public void TimeZone_takes_an_IANA_id()
    {
        var zone = Session("TimeZone=America/New_York").GetTimeZone();

        zone.BaseUtcOffset.Should().Be(TimeSpan.FromHours(-5));
    }

    [Test]
    public void An_unknown_time_zone_is_an_error()
    {
        var get = () => Session("TimeZone=Mars/Olympus").GetTimeZone();

        get.Should().Throw<SettingsException>().Which.Message.Should().Contain("TimeZone='Mars/Olympus'");
    }

    [Test]
    public void TimeZone_with_UseLocalTime_is_an_error()
    {
        var get = () => Session("TimeZone=Europe/London\nUseLocalTime=Y").GetTimeZone();

        get.Should().Throw<SettingsException>().Which.Message.Should().Contain("cannot both be set");
    }

    [Test]
    public void Paths_accept_either_slash_and_resolve_against_a_base_directory()
    {
        var session = Session(@"DataDictionary=spec\fix/FIX44.xml" + "\nFileStorePath=/var/gw/store");

        session.GetPath(SettingNames.DataDictionary).Should().Be(Path.Combine("spec", "fix", "FIX44.xml"));
        session.GetPath(SettingNames.DataDictionary, "/etc/gw").Should().Be(Path.Combine("/etc/gw", "spec", "fix", "FIX44.xml"));
        session.GetPath(SettingNames.FileStorePath, "/etc/gw").Should().Be("/var/gw/store");
        session.GetPathOrNull(SettingNames.FileLogPath).Should().BeNull();
    }

    [TestCase("busyspin", IdleStrategyKind.BusySpin)]
    [TestCase("Yield", IdleStrategyKind.Yield)]
    [TestCase("SLEEP", IdleStrategyKind.Sleep)]
    public void Enum_settings_take_member_names_in_any_case(string value, IdleStrategyKind expected) =>
        Session($"IdleStrategy={value}").GetIdleStrategy().Should().Be(expected);

    [Test]
    public void The_idle_strategy_defaults_to_backoff() =>
        Session(string.Empty).GetIdleStrategy().Should().Be(IdleStrategyKind.Backoff);

    [TestCase("1")]
    [TestCase("Yield,Sleep")]
    [TestCase("Spin")]
    public void Enum_settings_reject_numbers_and_unknown_names(string value)
    {
        var get = () => Session($"IdleStrategy={value}").GetIdleStrategy();

        get.Should().Throw<SettingsException>().Which.Message.Should().Contain("one of BusySpin, Yield, Backoff, Sleep");
    }

    [TestCase("", TimestampPrecision.Millis)]
    [TestCase("MillisecondsInTimeStamp=N", TimestampPrecision.Seconds)]
    [TestCase("TimeStampPrecision=Microsecond", TimestampPrecision.Micros)]
    [TestCase("TimeStampPrecision=NANOSECOND\nMillisecondsInTimeStamp=N", TimestampPrecision.Nanos)]
    [TestCase("TimeStampPrecision=0", TimestampPrecision.Seconds)]
    public void Timestamp_precision_comes_from_TimeStampPrecision_or_MillisecondsInTimeStamp(string settings, TimestampPrecision expected) =>
        Session(settings).GetTimestampPrecision().Should().Be(expected);

    [Test]
    public void An_unknown_timestamp_precision_is_an_error()
    {
        var get = () => Session("TimeStampPrecision=Picosecond").GetTimestampPrecision();

        get.Should().Throw<SettingsException>().Which.Message.Should().Contain("TimeStampPrecision='Picosecond'");
    }

    [Test]
    public void Keys_lists_own_and_inherited_settings()
    {
        Session("Cpu=3").Keys.Should().Contain(["Cpu", "BeginString", "SenderCompID", "HeartBtInt"]);
    }

    [Test]
    public void Idle_strategy_kinds_create_their_strategies()
    {
        IdleStrategyKind.BusySpin.Create().Should().BeOfType<Gateway.Sessions.Agents.BusySpinIdleStrategy>();
        IdleStrategyKind.Backoff.Create().Should().BeOfType<Gateway.Sessions.Agents.BackoffIdleStrategy>();
    }
}

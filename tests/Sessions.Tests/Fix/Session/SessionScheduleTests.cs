using FluentAssertions;
using Gateway.Sessions.Fix.Session;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Session;

public sealed class SessionScheduleTests
{
    private static long At(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000;

    [Test]
    public void Equal_start_and_end_is_always_up_but_new_each_day()
    {
        var schedule = new SessionSchedule(new TimeOnly(0, 0), new TimeOnly(0, 0));

        schedule.IsSessionTime(At(2024, 3, 5, 13)).Should().BeTrue();
        schedule.IsNewSession(At(2024, 3, 5, 13), At(2024, 3, 5, 23, 59)).Should().BeFalse();
        schedule.IsNewSession(At(2024, 3, 5, 13), At(2024, 3, 6, 0, 1)).Should().BeTrue();
    }

    [Test]
    public void A_day_session_is_up_between_its_times_only()
    {
        var schedule = new SessionSchedule(new TimeOnly(8, 0), new TimeOnly(17, 0));

        schedule.IsSessionTime(At(2024, 3, 5, 7, 59)).Should().BeFalse();
        schedule.IsSessionTime(At(2024, 3, 5, 8)).Should().BeTrue();
        schedule.IsSessionTime(At(2024, 3, 5, 17)).Should().BeTrue();
        schedule.IsSessionTime(At(2024, 3, 5, 17, 1)).Should().BeFalse();
    }

    [Test]
    public void An_overnight_session_wraps_midnight()
    {
        var schedule = new SessionSchedule(new TimeOnly(22, 0), new TimeOnly(6, 0));

        schedule.IsSessionTime(At(2024, 3, 5, 23)).Should().BeTrue();
        schedule.IsSessionTime(At(2024, 3, 6, 5)).Should().BeTrue();
        schedule.IsSessionTime(At(2024, 3, 6, 12)).Should().BeFalse();
    }

    [Test]
    public void A_weekly_session_runs_from_its_start_day_to_its_end_day()
    {
        var schedule = new SessionSchedule(new TimeOnly(18, 0), new TimeOnly(17, 0), null, DayOfWeek.Sunday, DayOfWeek.Friday);

        schedule.IsSessionTime(At(2024, 3, 6, 3)).Should().BeTrue("Wednesday");
        schedule.IsSessionTime(At(2024, 3, 9, 12)).Should().BeFalse("Saturday");
        schedule.IsSessionTime(At(2024, 3, 10, 18, 1)).Should().BeTrue("Sunday evening");
        schedule.IsNewSession(At(2024, 3, 4, 9), At(2024, 3, 8, 16)).Should().BeFalse();
        schedule.IsNewSession(At(2024, 3, 4, 9), At(2024, 3, 8, 17, 1)).Should().BeTrue();
    }

    [Test]
    public void Times_are_read_in_the_schedules_zone()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var schedule = new SessionSchedule(new TimeOnly(9, 30), new TimeOnly(16, 0), newYork);

        schedule.IsSessionTime(At(2024, 3, 5, 14, 31)).Should().BeTrue("09:31 in New York");
        schedule.IsSessionTime(At(2024, 3, 5, 21, 1)).Should().BeFalse("16:01 in New York");
    }

    [Test]
    public void Non_stop_never_starts_anew()
    {
        SessionSchedule.NonStop.IsSessionTime(0).Should().BeTrue();
        SessionSchedule.NonStop.IsNewSession(0, At(2030, 1, 1, 0)).Should().BeFalse();
    }

    [Test]
    public void Out_of_session_time_the_session_logs_out_and_disconnects()
    {
        var settings = SessionHarness.Settings() with
        {
            Schedule = new SessionSchedule(new TimeOnly(8, 0), new TimeOnly(10, 30)),
        };
        using var h = SessionHarness.Acceptor(settings);
        h.LogOn();

        h.Advance(TimeSpan.FromMinutes(31));
        var frames = h.Pump();

        FrameAssert.Single(frames, "8=FIX.4.4|9=*|35=5|34=2|49=ISLD|52=*|56=TW|58=Message received outside of session time|10=*");
        h.Peer.IsDisconnected.Should().BeTrue();
    }
}

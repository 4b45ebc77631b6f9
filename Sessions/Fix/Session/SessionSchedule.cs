using Gateway.Sessions.Fix.Config;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// When a session may be up, and when a new one (sequence numbers back to 1) begins: QuickFIX's StartTime/EndTime,
/// optional StartDay/EndDay for weekly sessions, a time zone, and NonStopSession. StartTime equal to EndTime means
/// the session is always up, but still starts anew each day at that time (each week for a weekly session).
/// </summary>
/// <remarks>
/// The answers are cached for the rest of the current second: the session asks on every message and every duty
/// cycle, and a time-zone conversion costs more than the rest of the check.
/// </remarks>
public sealed class SessionSchedule
{
    private const long NanosPerSecond = 1_000_000_000L;
    private const long TicksPerNano = 100;
    private const long UnixEpochTicks = 621_355_968_000_000_000L;

    private readonly TimeOnly _start;
    private readonly TimeOnly _end;
    private readonly DayOfWeek? _startDay;
    private readonly DayOfWeek? _endDay;
    private readonly TimeZoneInfo _zone;
    private long _cachedUntilNanos = long.MinValue;
    private bool _cachedInSession;
    private long _cachedCreation = long.MinValue;
    private long _cachedNextEndNanos;

    public SessionSchedule(TimeOnly start, TimeOnly end, TimeZoneInfo? zone = null, DayOfWeek? startDay = null,
        DayOfWeek? endDay = null)
    {
        if (startDay.HasValue != endDay.HasValue)
        {
            throw new ArgumentException("StartDay and EndDay go together");
        }

        _start = start;
        _end = end;
        _zone = zone ?? TimeZoneInfo.Utc;
        _startDay = startDay;
        _endDay = endDay;
    }

    private SessionSchedule()
    {
        IsNonStop = true;
        _zone = TimeZoneInfo.Utc;
    }

    /// <summary>Always up, never reset by the clock.</summary>
    public static SessionSchedule NonStop { get; } = new();

    public bool IsNonStop { get; }

    public bool IsWeekly => _startDay.HasValue;

    public static SessionSchedule FromSection(SettingsSection s)
    {
        if (s.GetBool(SettingNames.NonStopSession, SettingNames.NonStopSessionDefault))
        {
            return NonStop;
        }

        return new SessionSchedule(
            s.GetTime(SettingNames.StartTime), s.GetTime(SettingNames.EndTime), s.GetTimeZone(),
            s.GetDayOrNull(SettingNames.StartDay), s.GetDayOrNull(SettingNames.EndDay));
    }

    /// <summary>True while the session may be connected and logged on.</summary>
    public bool IsSessionTime(long nowNanos)
    {
        if (IsNonStop)
        {
            return true;
        }

        if (nowNanos < _cachedUntilNanos && nowNanos >= _cachedUntilNanos - NanosPerSecond)
        {
            return _cachedInSession;
        }

        _cachedInSession = ComputeInSession(ToLocal(nowNanos));
        _cachedUntilNanos = (nowNanos / NanosPerSecond * NanosPerSecond) + NanosPerSecond;
        return _cachedInSession;
    }

    /// <summary>
    /// True if a session created at <paramref name="creationNanos"/> has ended by <paramref name="nowNanos"/>: the
    /// end time that followed the creation has passed, so sequence numbers must start again.
    /// </summary>
    public bool IsNewSession(long creationNanos, long nowNanos)
    {
        if (IsNonStop)
        {
            return false;
        }

        if (creationNanos != _cachedCreation)
        {
            _cachedNextEndNanos = NextEndAfter(creationNanos);
            _cachedCreation = creationNanos;
        }

        return nowNanos > _cachedNextEndNanos;
    }

    private bool ComputeInSession(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (!IsWeekly)
        {
            if (_start == _end)
            {
                return true;
            }

            return _start < _end ? time >= _start && time <= _end : time >= _start || time <= _end;
        }

        // Weekly: positions within the week, from Sunday 00:00.
        var now = WeekPosition(local.DayOfWeek, time);
        var start = WeekPosition(_startDay!.Value, _start);
        var end = WeekPosition(_endDay!.Value, _end);
        if (start == end)
        {
            return true;
        }

        return start < end ? now >= start && now <= end : now >= start || now <= end;
    }

    private static long WeekPosition(DayOfWeek day, TimeOnly time) => ((long)day * TimeSpan.TicksPerDay) + time.Ticks;

    /// <summary>The first end time strictly after the given instant, in UTC nanoseconds.</summary>
    private long NextEndAfter(long nanos)
    {
        var local = ToLocal(nanos);
        var end = local.Date + _end.ToTimeSpan();
        if (IsWeekly)
        {
            while (end.DayOfWeek != _endDay!.Value)
            {
                end = end.AddDays(1);
            }

            if (end <= local)
            {
                end = end.AddDays(7);
            }
        }
        else if (end <= local)
        {
            end = end.AddDays(1);
        }

        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(end, DateTimeKind.Unspecified), _zone);
        return (utc.Ticks - UnixEpochTicks) * TicksPerNano;
    }

    private DateTime ToLocal(long nanos)
    {
        var utc = new DateTime((nanos / TicksPerNano) + UnixEpochTicks, DateTimeKind.Utc);
        return TimeZoneInfo.ConvertTimeFromUtc(utc, _zone);
    }
}

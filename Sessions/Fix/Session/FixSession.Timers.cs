namespace Gateway.Sessions.Fix.Session;

public sealed partial class FixSession
{
    /// <summary>
    /// QuickFIX/n's <c>Session.Next()</c>: schedule, logon and logout time-outs, heartbeats, and the test request
    /// after 1.2 heartbeat intervals of silence (then disconnect after 2.4). Cheap when there is nothing to do.
    /// </summary>
    private int CheckTimers()
    {
        if (_connection is null)
        {
            return 0;
        }

        var schedule = _settings.Schedule;
        if (!schedule.IsSessionTime(_now))
        {
            if (IsInitiator)
            {
                Reset("Out of SessionTime");
            }
            else
            {
                Reset("Out of SessionTime", "Message received outside of session time");
            }

            return 1;
        }

        if (schedule.IsNewSession(_store.CreationTimeNanos, _now))
        {
            ResetStore("New session (detected in a duty cycle)");
        }

        var work = 0;
        if (!_enabled)
        {
            if (!IsLoggedOn)
            {
                return 0;
            }

            if (!_sentLogout)
            {
                _log.OnEvent("Initiated logout request");
                GenerateLogout(_logoutReason);
                work++;
            }
        }

        if (!_receivedLogon)
        {
            if (IsInitiator && !_sentLogon)
            {
                GenerateLogon();
                return work + 1;
            }

            if (_sentLogon && _now - _lastReceivedNanos >= _logonTimeoutNanos)
            {
                Disconnect("Timed out waiting for logon response");
                return work + 1;
            }

            return work;
        }

        if (_heartBtInt == 0)
        {
            return work;
        }

        if (_sentLogout && _now - _lastSentNanos >= _logoutTimeoutNanos)
        {
            Disconnect("Timed out waiting for logout response");
            return work + 1;
        }

        var sinceSent = _now - _lastSentNanos;
        var sinceReceived = _now - _lastReceivedNanos;
        if (sinceSent < _heartBtIntNanos && sinceReceived < _heartBtIntNanos)
        {
            return work;
        }

        // 2.4 and 1.2 × (n+1) heartbeat intervals, in integer nanoseconds (×12/10 keeps it exact).
        if (sinceReceived * 10 >= _heartBtIntNanos * 24)
        {
            if (_settings.SendLogoutBeforeTimeoutDisconnect)
            {
                GenerateLogout();
            }

            Disconnect("Timed out waiting for heartbeat");
            return work + 1;
        }

        if (sinceReceived * 10 >= _heartBtIntNanos * 12 * (_testRequestCounter + 1))
        {
            GenerateTestRequest("TEST"u8);
            _testRequestCounter++;
            _log.OnEvent("Sent test request TEST");
            return work + 1;
        }

        if (sinceSent >= _heartBtIntNanos && _testRequestCounter == 0)
        {
            GenerateHeartbeat();
            return work + 1;
        }

        return work;
    }
}

using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// What a FIX session tells the application, on the session's agent thread. The message views are valid only during
/// the call. The application may send from inside any callback with <see cref="FixSession.TrySend{TBody}"/>.
/// </summary>
/// <remarks>
/// <see cref="FromApp"/> is the hot callback: one interface call per application message, next to the scan and the
/// validation that cost far more. The outcome is a return value (<see cref="FixAppResult"/>), never an exception.
/// </remarks>
public interface IFixApplication
{
    /// <summary>The session exists (once, when the engine builds it).</summary>
    void OnCreate(FixSession session);

    /// <summary>Both Logons have been exchanged.</summary>
    void OnLogon(FixSession session);

    /// <summary>The session was logged on (or had sent or received a Logon) and its connection is gone.</summary>
    void OnLogout(FixSession session);

    /// <summary>
    /// An admin message (0, 1, 2, 3, 4, 5, A, and n) passed the session's checks. A Logon can be refused here with
    /// <see cref="FixAppResult.RejectLogon"/>.
    /// </summary>
    FixAppResult FromAdmin(FixSession session, in FixMessage message);

    /// <summary>An application message passed the session's checks and is next in sequence.</summary>
    FixAppResult FromApp(FixSession session, in FixMessage message);

    /// <summary>
    /// Adds fields to a Logon this session sends (initiator or answer), after the standard ones (98, 108, 141,
    /// 553, 554, 1137): a venue's RawData (95/96), NewPassword (925), ... QuickFIX's <c>ToAdmin</c> for a Logon.
    /// </summary>
    void OnSendingLogon(FixSession session, ref FixWriter body)
    {
    }
}

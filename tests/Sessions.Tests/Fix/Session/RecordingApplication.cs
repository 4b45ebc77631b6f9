using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Sessions.Tests.Fix.Session;

/// <summary>Records what the session tells the application; optional answers for tests of refusals.</summary>
internal sealed class RecordingApplication : IFixApplication
{
    public int Created { get; private set; }

    public int Logons { get; private set; }

    public int Logouts { get; private set; }

    public List<string> Admin { get; } = [];

    public List<string> App { get; } = [];

    public Func<FixSession, FixAppResult>? AppAnswer { get; set; }

    public Func<FixSession, FixAppResult>? AdminAnswer { get; set; }

    public void OnCreate(FixSession session) => Created++;

    public void OnLogon(FixSession session) => Logons++;

    public void OnLogout(FixSession session) => Logouts++;

    public FixAppResult FromAdmin(FixSession session, in FixMessage message)
    {
        Admin.Add(Text(message));
        return AdminAnswer?.Invoke(session) ?? FixAppResult.Accepted;
    }

    public FixAppResult FromApp(FixSession session, in FixMessage message)
    {
        App.Add(Text(message));
        return AppAnswer?.Invoke(session) ?? FixAppResult.Accepted;
    }

    private static string Text(in FixMessage message) =>
        System.Text.Encoding.Latin1.GetString(message.Frame).Replace('\u0001', '|');
}

using System.Text;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Sessions.Fix.Engine;

/// <summary>
/// Finds the acceptor session a Logon is for, as QuickFIX does: the Logon's BeginString and the reverse of its
/// CompIDs (their TargetCompID is our SenderCompID), sub and location IDs included. Cold: once per connection.
/// </summary>
internal sealed class SessionDirectory(IReadOnlyList<FixSession> sessions)
{
    public FixSession? Find(in FixMessage logon)
    {
        foreach (var session in sessions)
        {
            if (session.IsInitiator)
            {
                continue;
            }

            var id = session.Id;
            if (Matches(in logon, 8, id.BeginString)
                && Matches(in logon, 56, id.SenderCompID)
                && Matches(in logon, 57, id.SenderSubID)
                && Matches(in logon, 143, id.SenderLocationID)
                && Matches(in logon, 49, id.TargetCompID)
                && Matches(in logon, 50, id.TargetSubID)
                && Matches(in logon, 142, id.TargetLocationID))
            {
                return session;
            }
        }

        return null;
    }

    private static bool Matches(in FixMessage logon, int tag, string expected)
    {
        var value = logon.GetValue(tag);
        if (value.Length != expected.Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[64];
        return expected.Length <= bytes.Length
            ? value.SequenceEqual(bytes[..Encoding.ASCII.GetBytes(expected, bytes)])
            : value.SequenceEqual(Encoding.ASCII.GetBytes(expected));
    }
}

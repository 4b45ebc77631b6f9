using System.Text;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Acceptance.Tests.Echo;

/// <summary>
/// The application behind the acceptor under test, as FORMAT.md describes QuickFIX/n's ATApplication: resets each
/// session when created; echoes NewOrderSingle (dropping a PossResend=Y whose ClOrdID it has seen since the last
/// logout), SecurityDefinition and (4.4) QuoteRequest; answers News "echo:X" with News X; acknowledges XMLnonFIX
/// with a News; swallows (4.4) TradeCaptureReportRequest; refuses anything else as an unsupported message type.
/// </summary>
public sealed class AtApplication(Func<FixSession, DataDictionary?> dictionaryOf) : IFixApplication
{
    private static readonly byte[] EchoPrefix = "echo:"u8.ToArray();

    /// <summary>"AD" packed (MsgTypes.TradeCaptureReportRequest packs the letters the wrong way round).</summary>
    private static readonly ulong TradeCaptureReportRequest = MsgTypes.Pack("AD"u8);
    private readonly Dictionary<FixSession, HashSet<string>> _clOrdIds = [];

    public void OnCreate(FixSession session) => session.Reset("AT Session Reset");

    public void OnLogon(FixSession session)
    {
    }

    public void OnLogout(FixSession session)
    {
        if (_clOrdIds.TryGetValue(session, out var seen))
        {
            seen.Clear();
        }
    }

    public FixAppResult FromAdmin(FixSession session, in FixMessage message)
    {
        if (message.MsgType == MsgTypes.XmlNonFix)
        {
            var headline = "Successfully received 'n' message with seqNo=" + message.GetString(34);
            var body = new NewsBody(Encoding.ASCII.GetBytes(headline));
            session.TrySend("B"u8, ref body);
        }

        return FixAppResult.Accepted;
    }

    public FixAppResult FromApp(FixSession session, in FixMessage message)
    {
        var isFix44OrLater = string.CompareOrdinal(session.Id.BeginString, "FIX.4.4") >= 0;
        switch (message.MsgType)
        {
            case MsgTypes.NewOrderSingle:
                OnNewOrderSingle(session, in message);
                return FixAppResult.Accepted;
            case MsgTypes.SecurityDefinition:
                Echo(session, in message);
                return FixAppResult.Accepted;
            case MsgTypes.QuoteRequest when isFix44OrLater:
                Echo(session, in message);
                return FixAppResult.Accepted;
            case MsgTypes.News:
                OnNews(session, in message);
                return FixAppResult.Accepted;
            default:
                return message.MsgType == TradeCaptureReportRequest && isFix44OrLater
                    ? FixAppResult.Accepted
                    : FixAppResult.UnsupportedMessageType;
        }
    }

    private void OnNewOrderSingle(FixSession session, in FixMessage message)
    {
        var clOrdId = message.GetString(11) ?? "";
        var possResend = message.TryGetBool(97, out var flag) && flag;
        if (!_clOrdIds.TryGetValue(session, out var seen))
        {
            seen = [];
            _clOrdIds.Add(session, seen);
        }

        if (!seen.Add(clOrdId) && possResend)
        {
            return;
        }

        Echo(session, in message);
    }

    private void OnNews(FixSession session, in FixMessage message)
    {
        var headline = message.GetValue(148);
        if (!headline.StartsWith(EchoPrefix))
        {
            return;
        }

        var body = new NewsBody(headline[EchoPrefix.Length..].Trim((byte)' '))
        {
            MessageEncoding = message.GetValue(347),
            EncodedHeadlineLen = message.GetValue(358),
            EncodedHeadline = message.GetValue(359),
        };
        session.TrySend("B"u8, ref body);
    }

    private void Echo(FixSession session, in FixMessage message)
    {
        var dictionary = dictionaryOf(session);
        MessageDef? definition = null;
        dictionary?.TryGetMessage(message.MsgType, out definition);
        var body = new EchoBody(message, definition, dictionary);
        session.TrySend(message.GetValue(35), ref body);
    }
}

using System.Globalization;

namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>A valid message of the counterparty (TW) to the acceptor (ISLD), before any mutation.</summary>
internal sealed class BaseMessage
{
    public required WireFrame Frame { get; init; }

    /// <summary>The session-level facts; <see cref="SessionMsg.Text"/> is filled in when the frame is encoded.</summary>
    public required SessionMsg Msg { get; init; }

    /// <summary>Required body tags that a mutation may remove (dictionary: FIX44.xml).</summary>
    public string[] RequiredBody { get; init; } = [];

    /// <summary>The NumInGroup tag of the repeating group in the body, if any.</summary>
    public string? GroupCounter { get; init; }

    public string Type => Msg.Type;

    public SessionMsg Encoded(string text) => Msg with { Text = WireFrame.Show(text) };
}

/// <summary>
/// Builds the valid messages the fuzzer mutates: Heartbeat, TestRequest, ResendRequest, Reject, SequenceReset
/// (gap fill and reset), Logout, NewOrderSingle (with and without a repeating group) and News, as FIX.4.4 with
/// the CompIDs of the QuickFIX acceptance scripts.
/// </summary>
internal static class BaseMessages
{
    public const string BeginString = "FIX.4.4";
    public const string TheirCompId = "TW";
    public const string OurCompId = "ISLD";

    public static readonly string[] HeaderRequired = ["49", "56", "34", "52"];

    public static WireFrame Header(string type, string seq, string sendingTime)
    {
        var frame = new WireFrame();
        frame.Fields.Add(new WireField("8", BeginString, FieldSection.Header));
        frame.Fields.Add(new WireField("9", null, FieldSection.Header));
        frame.Fields.Add(new WireField("35", type, FieldSection.Header));
        frame.Fields.Add(new WireField("34", seq, FieldSection.Header));
        frame.Fields.Add(new WireField("49", TheirCompId, FieldSection.Header));
        frame.Fields.Add(new WireField("52", sendingTime, FieldSection.Header));
        frame.Fields.Add(new WireField("56", OurCompId, FieldSection.Header));
        return frame;
    }

    public static void Body(WireFrame frame, params (string Tag, string Value)[] fields)
    {
        var unit = frame.Fields.Count;
        foreach (var (tag, value) in fields)
        {
            frame.Fields.Add(new WireField(tag, value, FieldSection.Body, unit++));
        }
    }

    /// <summary>A repeating group: the counter and its entries are one unit.</summary>
    public static void Group(WireFrame frame, string counter, string count, params (string Tag, string Value)[] members)
    {
        var unit = frame.Fields.Count + 1000;
        frame.Fields.Add(new WireField(counter, count, FieldSection.Body, unit));
        foreach (var (tag, value) in members)
        {
            frame.Fields.Add(new WireField(tag, value, FieldSection.Body, unit));
        }
    }

    public static void Trailer(WireFrame frame) => frame.Fields.Add(new WireField("10", null, FieldSection.Trailer));

    public static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds PossDupFlag and OrigSendingTime to the header (ascending, as a resend writes them).</summary>
    public static void PossDup(WireFrame frame, string? origSendingTime)
    {
        var at = frame.IndexOf("49");
        frame.Fields.Insert(at, new WireField("43", "Y", FieldSection.Header));
        if (origSendingTime is not null)
        {
            frame.Fields.Insert(frame.IndexOf("56") + 1, new WireField("122", origSendingTime, FieldSection.Header));
        }
    }

    public static BaseMessage Create(string kind, FuzzModel m, Random rng, int seq)
    {
        var now = m.SendingTime();
        var frame = Header(KindType(kind), Str(seq), now);
        var msg = new SessionMsg { Type = KindType(kind), Seq = seq, Text = "" };
        string[] required = [];
        string? group = null;
        switch (kind)
        {
            case "0":
                break;
            case "1":
                var id = m.NextId("TEST");
                Body(frame, ("112", id));
                msg = msg with { TestReqId = id };
                required = ["112"];
                break;
            case "2":
                var begin = Math.Max(1, m.NextOut - rng.Next(0, 5));
                var end = rng.Next(3) == 0 ? begin + rng.Next(0, 4) : 0;
                Body(frame, ("7", Str(begin)), ("16", Str(end)));
                msg = msg with { BeginSeqNo = begin, EndSeqNo = end };
                required = ["7", "16"];
                break;
            case "3":
                Body(frame, ("45", Str(rng.Next(1, Math.Max(2, m.NextOut)))), ("58", "peer rejects"));
                required = ["45"];
                break;
            case "4gap":
                var gapTo = seq + rng.Next(0, 4);
                PossDup(frame, m.SendingTime(-1_000_000_000L));
                Body(frame, ("123", "Y"), ("36", Str(gapTo)));
                msg = msg with { GapFill = true, NewSeqNo = gapTo, PossDup = true, Orig = OrigSendingTime.NotAfterSendingTime };
                required = ["36"];
                break;
            case "4reset":
                var resetTo = m.NextIn + rng.Next(0, 4);
                Body(frame, ("36", Str(resetTo)));
                msg = msg with { NewSeqNo = resetTo };
                required = ["36"];
                break;
            case "5":
                if (rng.Next(2) == 0)
                {
                    Body(frame, ("58", "bye"));
                }

                break;
            case "D":
            case "Dgroup":
            case "Drefused":
                var clOrdId = m.NextId(kind == "Drefused" ? "REFUSE" : "ORD");
                Body(frame, ("11", clOrdId), ("21", "1"), ("55", "INTC"), ("54", "1"), ("60", now), ("38", "100"), ("40", "1"));
                if (kind == "Dgroup")
                {
                    Group(frame, "386", "2", ("336", "PRE-OPEN"), ("336", "AFTER-HOURS"));
                    group = "386";
                }

                if (rng.Next(4) == 0)
                {
                    Body(frame, ("58", "note " + clOrdId));
                }

                msg = msg with { Refused = kind == "Drefused" };
                required = ["11", "55", "54", "60", "40"];
                break;
            case "B":
                Body(frame, ("148", m.NextId("Headline ")));
                if (rng.Next(2) == 0)
                {
                    Group(frame, "33", "2", ("58", "line one"), ("58", "line two"));
                }
                else
                {
                    Group(frame, "33", "1", ("58", "only line"));
                }

                group = "33";
                required = ["148"];
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        Trailer(frame);
        return new BaseMessage { Frame = frame, Msg = msg, RequiredBody = required, GroupCounter = group };
    }

    public static string KindType(string kind) => kind switch
    {
        "4gap" or "4reset" => "4",
        "D" or "Dgroup" or "Drefused" => "D",
        _ => kind,
    };

    /// <summary>Our Logon: HeartBtInt 30, optionally asking for a sequence reset.</summary>
    public static WireFrame Logon(FuzzModel m, int seq, bool reset)
    {
        var frame = Header("A", Str(seq), m.SendingTime());
        Body(frame, ("98", "0"), ("108", "30"));
        if (reset)
        {
            Body(frame, ("141", "Y"));
        }

        Trailer(frame);
        return frame;
    }
}

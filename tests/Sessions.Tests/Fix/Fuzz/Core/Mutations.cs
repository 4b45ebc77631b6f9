using System.Globalization;
namespace Gateway.Sessions.Tests.Fix.Fuzz;

/// <summary>
/// The mutations and, for each, the outcome the FIX session rules (and QuickFIX's acceptance scripts) require.
/// Each message-level mutation introduces exactly one defect into an otherwise valid message, so that the answer
/// is determined: framing defects (checked by <see cref="ReferenceFramer"/>) are ignored without using a number;
/// dictionary defects get a session Reject with their 373 reason and RefTagID; session defects follow
/// <see cref="SessionOracle"/>. Where the outcome depends on details, the alternatives are listed and explained.
/// </summary>
internal sealed class Mutations(Random rng)
{
    private static readonly string[] AnyKind = ["0", "1", "1", "2", "3", "4gap", "4reset", "5", "D", "D", "Dgroup", "Drefused", "B"];
    private static readonly string[] NotLogout = ["0", "1", "2", "3", "4gap", "4reset", "D", "D", "Dgroup", "Drefused", "B"];
    private static readonly string[] InSequenceKinds = ["0", "1", "1", "3", "D", "D", "Dgroup", "B"];
    private static readonly string[] WithBody = ["1", "2", "3", "4gap", "4reset", "D", "Dgroup", "B"];
    private static readonly string[] BadTimestamps = ["20240230-10:00:00", "2024", "yesterday", "20241305-10:00:00", "20240305-25:00:00", "20240305 10:00:00"];
    private static readonly string[] BadBeginStrings = ["FIX.4.2", "FIX.4.3", "FIXT.1.1", "FIX.4.4x", "fix.4.4", "FIX.5.0"];
    private static readonly string[] BadMsgTypes = ["ZZ", "QQ1", "*", "9Z", "xx", "~"];
    private static readonly string[] WrongCompIds = ["XX", "ISLDX", "TW2", "tw", "isld", "T"];

    private readonly List<(string Label, int Weight, Func<FuzzModel, Queue<Func<FuzzModel, FuzzFrame>>, FuzzFrame?> Make)> _table = [];
    private int _totalWeight;

    public FuzzFrame Any(FuzzModel m, Queue<Func<FuzzModel, FuzzFrame>> followUps)
    {
        if (_table.Count == 0)
        {
            Build();
        }

        while (true)
        {
            var pick = rng.Next(_totalWeight);
            foreach (var (label, weight, make) in _table)
            {
                pick -= weight;
                if (pick < 0)
                {
                    var frame = make(m, followUps);
                    if (frame is not null)
                    {
                        return frame with { Label = label };
                    }

                    break;
                }
            }
        }
    }

    private void Add(string label, int weight, Func<FuzzModel, FuzzFrame?> make) => Add(label, weight, (m, _) => make(m));

    private void Add(string label, int weight, Func<FuzzModel, Queue<Func<FuzzModel, FuzzFrame>>, FuzzFrame?> make)
    {
        _table.Add((label, weight, make));
        _totalWeight += weight;
    }

    private void Build()
    {
        // Valid traffic keeps the session moving and checks the ordinary answers.
        Add("valid", 20, m => Valid(m, Base(m, AnyKind)));
        Add("garbage-between-frames", 3, GarbagePrefix);
        Add("split-valid", 3, m => Valid(m, Base(m, AnyKind)) with { Split = true });

        // Framing: whatever the framer drops is ignored (no number used, no answer).
        Add("raw-byte-flip", 3, RawByteFlip);
        Add("truncated", 2, Truncated);
        Add("wrong-body-length", 3, WrongBodyLength);
        Add("wrong-checksum", 3, WrongCheckSum);
        Add("missing-8", 1, m => Framing(m, Base(m, AnyKind), f => f.Fields.RemoveAt(0)));
        Add("missing-9", 1, m => Framing(m, Base(m, AnyKind), f => f.Fields.RemoveAt(f.IndexOf("9"))));
        Add("missing-10", 1, m => Framing(m, Base(m, AnyKind), f => f.Fields.RemoveAt(f.IndexOf("10"))));
        Add("garbage-containing-8=", 1, GarbageWithBeginString);

        // Dictionary defects: session Reject with the reason and RefTagID.
        Add("unknown-tag", 3, UnknownTag);
        Add("bad-tag-number", 1, BadTagNumber);
        Add("tag-not-in-message", 2, TagNotInMessage);
        Add("bad-format", 4, BadFormat);
        Add("bad-enum", 2, BadEnum);
        Add("empty-value", 2, EmptyValue);
        Add("repeated-tag", 2, RepeatedTag);
        Add("header-after-body", 2, HeaderAfterBody);
        Add("remove-required", 3, RemoveRequired);
        Add("group-count", 2, GroupCount);
        Add("group-without-delimiter", 1, GroupWithoutDelimiter);
        Add("invalid-msgtype", 2, InvalidMsgType);
        Add("huge-tag", 1, HugeTag);

        // Structure the parser cannot use: ignored.
        Add("msgtype-not-third", 1, m => Ignore(m, Base(m, AnyKind), f => (f.Fields[2], f.Fields[3]) = (f.Fields[3], f.Fields[2]), "35 not third"));
        Add("missing-35", 1, m => Ignore(m, Base(m, AnyKind), f => f.Fields.RemoveAt(2), "no 35"));
        Add("soh-in-value", 1, SohInValue);

        // Valid after all: reordered fields, huge values, SendingTime within MaxLatency.
        Add("reordered-fields", 2, Reordered);
        Add("huge-value", 1, HugeValue);
        Add("sending-time-near", 1, m => Session(m, Base(m, AnyKind), (f, msg) => { f.Set("52", m.SendingTime(Seconds(rng.Next(-100, 100)))); return msg; }));

        // Session defects.
        Add("wrong-compid", 2, WrongCompId);
        Add("wrong-begin-string", 1, WrongBeginString);
        Add("sending-time-off", 2, SendingTimeOff);
        Add("seq-too-low", 1, m => TooLow(m, possDup: false, OrigSendingTime.Absent));
        Add("possdup-duplicate", 2, m => TooLow(m, possDup: true, OrigSendingTime.NotAfterSendingTime));
        Add("possdup-without-122", 1, m => TooLow(m, possDup: true, OrigSendingTime.Absent));
        Add("possdup-122-after-52", 1, m => TooLow(m, possDup: true, OrigSendingTime.AfterSendingTime));
        Add("seq-too-high", 2, TooHigh);
        Add("seqreset-lower", 1, SequenceResetLower);
        Add("weird-seqnum", 1, WeirdSeqNum);

        // Random damage inside body values with the framing made right again.
        Add("body-byte-flip", 3, BodyByteFlip);
    }

    private static long Seconds(long s) => s * 1_000_000_000L;

    private BaseMessage Base(FuzzModel m, string[] kinds, int? seq = null) =>
        BaseMessages.Create(kinds[rng.Next(kinds.Length)], m, rng, seq ?? m.NextIn);

    private static FuzzFrame Valid(FuzzModel m, BaseMessage b)
    {
        var text = b.Frame.Encode();
        var msg = b.Encoded(text);
        return new FuzzFrame("", text, model => [SessionOracle.Predict(model, msg)]);
    }

    /// <summary>A session-level change: the frame stays valid for the dictionary, the session rules decide.</summary>
    private static FuzzFrame Session(FuzzModel m, BaseMessage b, Func<WireFrame, SessionMsg, SessionMsg> change)
    {
        var msg = change(b.Frame, b.Msg);
        var text = b.Frame.Encode();
        msg = msg with { Text = WireFrame.Show(text) };
        return new FuzzFrame("", text, model => [SessionOracle.Predict(model, msg)]);
    }

    /// <summary>A framing change: if the framer still takes the frame whole, it is the valid message.</summary>
    private static FuzzFrame Framing(FuzzModel m, BaseMessage b, Action<WireFrame> change)
    {
        change(b.Frame);
        var text = b.Frame.Encode();
        var valid = b.Encoded(text);
        return new FuzzFrame("", text, model => [SessionOracle.Predict(model, valid)]);
    }

    private static FuzzFrame Reject(BaseMessage b, int reason, int refTag, Action<WireFrame> change, bool seqReadable = true)
    {
        change(b.Frame);
        var text = b.Frame.Encode();
        int? seq = seqReadable ? b.Msg.Seq : null;
        return new FuzzFrame("", text, model => [SessionOracle.ValidationReject(model, b.Type, seq, reason, refTag)]);
    }

    private static FuzzFrame Ignore(FuzzModel m, BaseMessage b, Action<WireFrame> change, string why)
    {
        change(b.Frame);
        return new FuzzFrame("", b.Frame.Encode(), model => [SessionOracle.Ignored(model, why)]);
    }

    private string Garbage(int length)
    {
        const string Alphabet = "ABCxyz0123456789=|\u0001 -.:\u00ff\u00809";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[rng.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    private FuzzFrame GarbagePrefix(FuzzModel m)
    {
        var garbage = Garbage(rng.Next(1, 40)).Replace("8=", "8", StringComparison.Ordinal);
        while (garbage.Contains("8=", StringComparison.Ordinal))
        {
            garbage = garbage.Replace("8=", "8", StringComparison.Ordinal);
        }

        return Valid(m, Base(m, AnyKind)) with { Prefix = garbage };
    }

    /// <summary>Garbage that looks like the start of a frame: the framer may take the next frame down with it.</summary>
    private FuzzFrame GarbageWithBeginString(FuzzModel m)
    {
        string[] starts = ["8=FIX.4.4\u0001", "8=", "8=FIX.4.4\u00019=5\u0001", "xx8=FIX\u00019=abc\u0001", "8=FIX.4.4\u00019=12\u000135=0\u0001"];
        return Valid(m, Base(m, AnyKind)) with { Prefix = Garbage(rng.Next(0, 5)) + starts[rng.Next(starts.Length)] };
    }

    private FuzzFrame RawByteFlip(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var bytes = b.Frame.Encode().ToCharArray();
        var at = rng.Next(bytes.Length);
        bytes[at] = (char)((bytes[at] + rng.Next(1, 256)) % 256);
        var text = new string(bytes);
        var valid = b.Encoded(text);
        return new FuzzFrame("", text, model => [SessionOracle.Predict(model, valid)]);
    }

    private FuzzFrame Truncated(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var text = b.Frame.Encode()[..rng.Next(1, b.Frame.Encode().Length)];
        var valid = b.Encoded(text);
        return new FuzzFrame("", text, model => [SessionOracle.Predict(model, valid)]);
    }

    private FuzzFrame WrongBodyLength(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var text = b.Frame.Encode();
        var length = int.Parse(FieldIn(text, "9"), CultureInfo.InvariantCulture);
        string[] odd = ["abc", "-1", "", "99999999", "1.5", "0"];
        var value = rng.Next(5) == 0
            ? odd[rng.Next(odd.Length)]
            : BaseMessages.Str(Math.Max(0, length + (rng.Next(2) == 0 ? -1 : 1) * rng.Next(1, 21)));
        if (value == BaseMessages.Str(length))
        {
            value = BaseMessages.Str(length + 1);
        }

        b.Frame.Set("9", value);
        var valid = b.Encoded(b.Frame.Encode());
        return new FuzzFrame("", b.Frame.Encode(), model => [SessionOracle.Predict(model, valid)]);
    }

    private FuzzFrame WrongCheckSum(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var text = b.Frame.Encode();
        var sum = int.Parse(FieldIn(text, "10"), CultureInfo.InvariantCulture);
        string[] odd = ["AB", "", "1234", "-1", BaseMessages.Str(sum), BaseMessages.Str(sum + 256)];
        var value = rng.Next(4) == 0
            ? odd[rng.Next(odd.Length)]
            : ((sum + rng.Next(1, 256)) % 256).ToString("000", CultureInfo.InvariantCulture);
        b.Frame.Set("10", value);

        // The reference framer decides: "12" for 012 is the right value in the wrong format, so it is dropped.
        var valid = b.Encoded(b.Frame.Encode());
        return new FuzzFrame("", b.Frame.Encode(), model => [SessionOracle.Predict(model, valid)]);
    }

    private static string FieldIn(string text, string tag)
    {
        var start = text.IndexOf(WireFrame.Soh + tag + "=", StringComparison.Ordinal) + tag.Length + 2;
        return text[start..text.IndexOf(WireFrame.Soh, start)];
    }

    /// <summary>Where a new top-level body field may go: between body units (never inside a group).</summary>
    private int BodyInsertPoint(WireFrame f)
    {
        var points = new List<int>();
        for (var i = f.BodyStart; i <= f.TrailerStart; i++)
        {
            if (i == f.BodyStart || i == f.TrailerStart || f.Fields[i].Unit != f.Fields[i - 1].Unit)
            {
                points.Add(i);
            }
        }

        return points[rng.Next(points.Count)];
    }

    private FuzzFrame UnknownTag(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var tag = rng.Next(1000, 10000);
        return Reject(b, 0, tag, f => f.Fields.Insert(BodyInsertPoint(f), new WireField(BaseMessages.Str(tag), "x", FieldSection.Body)));
    }

    private FuzzFrame BadTagNumber(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        string[] tags = ["0", "-1", "abc", "1a", "=", "-"];
        var tag = tags[rng.Next(tags.Length)];
        void Insert(WireFrame f) => f.Fields.Insert(BodyInsertPoint(f), new WireField(tag, "x", FieldSection.Body));

        // "0" and "-1" are numbers: QuickFIX rejects them as invalid tag numbers (371=0, 371=-1); anything that is not
        // a number at all cannot be parsed and the message is garbled (ignored).
        return tag switch
        {
            "0" => Reject(b, 0, 0, Insert),
            "-1" => Reject(b, 0, -1, Insert),
            _ => Ignore(m, b, Insert, "tag is not a number"),
        };
    }

    private FuzzFrame TagNotInMessage(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var (tag, value) = b.Type is "D" or "B" ? ("112", "x") : ("55", "MSFT");
        return Reject(b, 2, int.Parse(tag, CultureInfo.InvariantCulture),
            f => f.Fields.Insert(BodyInsertPoint(f), new WireField(tag, value, FieldSection.Body)));
    }

    private FuzzFrame? BadFormat(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var candidates = new List<(string Tag, string[] Values)>
        {
            ("52", BadTimestamps),
            ("34", ["abc", "1.5", "99999999999", "2x"]),
        };
        switch (b.Type)
        {
            case "D":
                candidates.Add(("38", ["abc", "1e5", "+200", "1.2.3", "--1"]));
                candidates.Add(("60", BadTimestamps));
                break;
            case "B" when b.GroupCounter is not null:
                candidates.Add(("33", ["x", "1.0", "one"]));
                break;
            case "2":
                candidates.Add(("7", ["abc", "1.5"]));
                candidates.Add(("16", ["x"]));
                break;
            case "4":
                candidates.Add(("36", ["abc", "1.5"]));
                break;
            case "3":
                candidates.Add(("45", ["abc"]));
                break;
        }

        var (tag, values) = candidates[rng.Next(candidates.Count)];
        var value = values[rng.Next(values.Length)];
        var frame = Reject(b, 6, int.Parse(tag, CultureInfo.InvariantCulture), f => f.Set(tag, value), seqReadable: tag != "34");
        if (value != "99999999999")
        {
            return frame;
        }

        // Logout, ResendRequest and SequenceReset-Reset do not check their MsgSeqNum: they are simply obeyed.
        var msg = b.Encoded(frame.Frame) with { Seq = 0 };
        var ignoresSeq = b.Type is "5" or "2" || (b.Type == "4" && !b.Msg.GapFill);
        return frame with
        {
            Predict = m => BeyondInt(m, ignoresSeq ? [.. frame.Predict(m), SessionOracle.Predict(m, msg)] : frame.Predict(m)),
        };
    }

    /// <summary>
    /// A MsgSeqNum beyond 32 bits is well-formed for the dictionary (SEQNUM is 64-bit there, as in QuickFIX/n), but
    /// the session keeps 32-bit numbers and cannot read it: it drops the connection (the FIX session test cases
    /// say: Logout, then disconnect). Accepted besides a format Reject; the silent disconnect is what the engine does.
    /// </summary>
    private static Expected[] BeyondInt(FuzzModel m, Expected[] reject) =>
    [
        .. reject,
        new Expected("unreadable MsgSeqNum: disconnect") { NextIn = m.NextIn, Disconnects = true },
        new Expected("unreadable MsgSeqNum: logout, disconnect") { Replies = [new LogoutReply(null)], NextIn = m.NextIn, Disconnects = true },
    ];

    private FuzzFrame BadEnum(FuzzModel m)
    {
        var b = Base(m, ["D", "Dgroup"]);
        (string Tag, string[] Values)[] candidates = [("54", ["Z", "0", "X"]), ("40", ["w", "Z", "0"]), ("21", ["4", "9", "0"])];
        var (tag, values) = candidates[rng.Next(candidates.Length)];
        var value = values[rng.Next(values.Length)];
        return Reject(b, 5, int.Parse(tag, CultureInfo.InvariantCulture), f => f.Set(tag, value));
    }

    private FuzzFrame EmptyValue(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var f = b.Frame;
        var choices = new List<int>();
        for (var i = 3; i < f.TrailerStart; i++)
        {
            if (f.Fields[i].Section == FieldSection.Header || f.Fields[i].Unit < 1000)
            {
                choices.Add(i);
            }
        }

        var field = f.Fields[choices[rng.Next(choices.Count)]];
        var tag = field.Tag;
        return Reject(b, 4, int.Parse(tag, CultureInfo.InvariantCulture), _ => field.Value = "", seqReadable: tag != "34");
    }

    private FuzzFrame RepeatedTag(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var f = b.Frame;
        var choices = new List<int>();
        for (var i = 2; i < f.TrailerStart; i++)
        {
            if (f.Fields[i].Section == FieldSection.Header || f.Fields[i].Unit < 1000)
            {
                choices.Add(i);
            }
        }

        var at = choices[rng.Next(choices.Count)];
        var field = f.Fields[at];
        return Reject(b, 13, int.Parse(field.Tag, CultureInfo.InvariantCulture), _ => f.Fields.Insert(at + 1, field.Copy()));
    }

    private FuzzFrame HeaderAfterBody(FuzzModel m)
    {
        var b = Base(m, WithBody);
        var f = b.Frame;
        string[] movable = ["34", "49", "52", "56"];
        var tag = movable[rng.Next(movable.Length)];
        return Reject(b, 14, int.Parse(tag, CultureInfo.InvariantCulture), _ =>
        {
            var field = f.Fields[f.IndexOf(tag)];
            f.Fields.Remove(field);
            f.Fields.Insert(f.TrailerStart, field);
        });
    }

    private FuzzFrame RemoveRequired(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var tags = BaseMessages.HeaderRequired.Concat(b.RequiredBody).ToArray();
        var tag = tags[rng.Next(tags.Length)];
        return Reject(b, 1, int.Parse(tag, CultureInfo.InvariantCulture), f => f.Fields.RemoveAt(f.IndexOf(tag)), seqReadable: tag != "34");
    }

    private FuzzFrame GroupCount(FuzzModel m)
    {
        var b = Base(m, ["Dgroup", "B"]);
        var counter = b.GroupCounter!;
        var actual = int.Parse(b.Frame.Get(counter)!, CultureInfo.InvariantCulture);
        var declared = actual;
        while (declared == actual)
        {
            declared = rng.Next(0, 5);
        }

        return Reject(b, 16, int.Parse(counter, CultureInfo.InvariantCulture), f => f.Set(counter, BaseMessages.Str(declared)));
    }

    /// <summary>NoTradingSessions whose first entry starts with TradingSessionSubID, not TradingSessionID (issue 146): 373=99.</summary>
    private FuzzFrame GroupWithoutDelimiter(FuzzModel m)
    {
        var b = Base(m, ["Dgroup"]);
        return Reject(b, 99, 386, f => f.Fields.Insert(f.IndexOf("386") + 1, new WireField("625", "X", FieldSection.Body, f.Fields[f.IndexOf("386")].Unit)));
    }

    private FuzzFrame InvalidMsgType(FuzzModel m)
    {
        var b = Base(m, ["0", "1", "D", "B"]);
        var type = BadMsgTypes[rng.Next(BadMsgTypes.Length)];
        b.Frame.Set("35", type);
        var text = b.Frame.Encode();
        var seq = b.Msg.Seq;
        return new FuzzFrame("", text, model => [SessionOracle.ValidationReject(model, type, seq, SessionOracle.InvalidMsgType, 35)]);
    }

    /// <summary>
    /// A tag too large for an int. Documented alternatives: QuickFIX cannot parse it (garbled, ignored), or a
    /// parser that reads it as a number rejects it as an invalid tag (373=0).
    /// </summary>
    private FuzzFrame HugeTag(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        b.Frame.Fields.Insert(BodyInsertPoint(b.Frame), new WireField("99999999999", "x", FieldSection.Body));
        var text = b.Frame.Encode();
        var seq = b.Msg.Seq;
        return new FuzzFrame("", text, model =>
        [
            SessionOracle.Ignored(model, "tag too large"),
            SessionOracle.ValidationReject(model, b.Type, seq, 0, 0) with
            {
                Replies = [new RejectReply(0, null, seq, b.Type)],
            },
        ]);
    }

    private FuzzFrame SohInValue(FuzzModel m)
    {
        var b = Base(m, ["D", "Dgroup"]);
        b.Frame.Fields.Insert(b.Frame.TrailerStart, new WireField("58", "ab\u0001cd", FieldSection.Body, 999));
        return new FuzzFrame("", b.Frame.Encode(), model => [SessionOracle.Ignored(model, "SOH inside a value")]);
    }

    private FuzzFrame Reordered(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var f = b.Frame;
        var headerStart = 3;
        var header = f.Fields.GetRange(headerStart, f.BodyStart - headerStart);
        var units = f.Fields.GetRange(f.BodyStart, f.TrailerStart - f.BodyStart).GroupBy(x => x.Unit).Select(g => g.ToList()).ToList();
        Shuffle(header);
        Shuffle(units);
        var trailer = f.Fields[f.TrailerStart];
        f.Fields.RemoveRange(headerStart, f.Fields.Count - headerStart);
        f.Fields.AddRange(header);
        f.Fields.AddRange(units.SelectMany(u => u));
        f.Fields.Add(trailer);
        return Valid(m, b);
    }

    private void Shuffle<T>(List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private FuzzFrame HugeValue(FuzzModel m)
    {
        var b = Base(m, ["D"]);
        var length = rng.Next(1_000, 20_000);
        var text = new char[length];
        for (var i = 0; i < length; i++)
        {
            text[i] = (char)rng.Next(0x20, 0x7f);
        }

        var i58 = b.Frame.IndexOf("58");
        if (i58 >= 0)
        {
            b.Frame.Fields.RemoveAt(i58);
        }

        b.Frame.Fields.Insert(b.Frame.TrailerStart, new WireField("58", new string(text), FieldSection.Body, 999));
        return Valid(m, b);
    }

    private FuzzFrame WrongCompId(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var tag = rng.Next(2) == 0 ? "49" : "56";
        var wrong = WrongCompIds[rng.Next(WrongCompIds.Length)];
        return Session(m, b, (f, msg) =>
        {
            f.Set(tag, wrong);
            return msg with { CompIdOk = false };
        });
    }

    /// <summary>Not our BeginString: Logout "Incorrect BeginString", the number is used, then we wait for the answer.</summary>
    private FuzzFrame WrongBeginString(FuzzModel m)
    {
        var b = Base(m, NotLogout);
        b.Frame.Set("8", BadBeginStrings[rng.Next(BadBeginStrings.Length)]);
        return new FuzzFrame("", b.Frame.Encode(), model =>
        [
            new Expected("wrong BeginString: logout")
            {
                Replies = [new LogoutReply("Incorrect BeginString")],
                NextIn = model.NextIn + 1,
                AwaitsLogout = true,
            },
        ]);
    }

    private FuzzFrame SendingTimeOff(FuzzModel m)
    {
        var b = Base(m, AnyKind);
        var offset = Seconds(rng.Next(121, 2 * 86_400)) * (rng.Next(2) == 0 ? -1 : 1);
        return Session(m, b, (f, msg) =>
        {
            f.Set("52", m.SendingTime(offset));
            return msg with { TimeOk = false };
        });
    }

    private FuzzFrame? TooLow(FuzzModel m, bool possDup, OrigSendingTime orig)
    {
        if (m.NextIn < 2)
        {
            return null;
        }

        var seq = m.NextIn - rng.Next(1, Math.Min(m.NextIn, 6));
        var b = Base(m, [.. InSequenceKinds, "4gap"], seq);
        return Session(m, b, (f, msg) =>
        {
            if (possDup && msg.Type != "4")
            {
                BaseMessages.PossDup(f, orig switch
                {
                    OrigSendingTime.Absent => null,
                    OrigSendingTime.AfterSendingTime => m.SendingTime(Seconds(10)),
                    _ => m.SendingTime(-Seconds(1)),
                });
            }
            else if (msg.Type == "4")
            {
                // The gap fill base carries PossDup and an earlier OrigSendingTime.
                var i43 = f.IndexOf("43");
                if (!possDup)
                {
                    f.Fields.RemoveAt(i43);
                    f.Fields.RemoveAt(f.IndexOf("122"));
                }
                else if (orig == OrigSendingTime.Absent)
                {
                    f.Fields.RemoveAt(f.IndexOf("122"));
                }
                else if (orig == OrigSendingTime.AfterSendingTime)
                {
                    f.Set("122", m.SendingTime(Seconds(10)));
                }
            }

            return msg with { PossDup = possDup, Orig = possDup ? orig : OrigSendingTime.Absent };
        });
    }

    /// <summary>
    /// Ahead of sequence: the session queues the message and asks for the gap. Follow-ups: sometimes a second
    /// message right after it (queued, no second request), then the gap is filled, by a SequenceReset-GapFill or
    /// by the missing messages, and the queued messages must then be processed in order.
    /// </summary>
    private FuzzFrame TooHigh(FuzzModel m, Queue<Func<FuzzModel, FuzzFrame>> followUps)
    {
        var seq = m.NextIn + rng.Next(1, 5);
        var frame = Valid(m, Base(m, InSequenceKinds, seq));
        if (rng.Next(3) == 0)
        {
            followUps.Enqueue(model => Valid(model, Base(model, InSequenceKinds, seq + 1)) with { Label = "seq-too-high (second)" });
        }

        if (rng.Next(2) == 0)
        {
            followUps.Enqueue(model =>
            {
                var fill = BaseMessages.Create("4gap", model, rng, model.NextIn);
                fill.Frame.Set("36", BaseMessages.Str(seq));
                return Valid(model, new BaseMessage { Frame = fill.Frame, Msg = fill.Msg with { NewSeqNo = seq } }) with { Label = "gap recovery: gap fill" };
            });
        }
        else
        {
            for (var i = m.NextIn; i < seq; i++)
            {
                followUps.Enqueue(model => Valid(model, Base(model, ["0", "D"])) with { Label = "gap recovery: resent message" });
            }
        }

        return frame;
    }

    private FuzzFrame? SequenceResetLower(FuzzModel m)
    {
        if (m.NextIn < 2)
        {
            return null;
        }

        var b = Base(m, ["4gap", "4reset"]);
        var lower = m.NextIn - rng.Next(1, m.NextIn);
        return Session(m, b, (f, msg) =>
        {
            f.Set("36", BaseMessages.Str(lower));
            return msg with { NewSeqNo = lower };
        });
    }

    /// <summary>
    /// MsgSeqNum values that are not a plain positive number. Not a number at all: 373=6 (or 4 when empty) on 34,
    /// no RefSeqNum, no number used. 0 and -1 parse: documented alternatives are a Reject on tag 34 (a validator
    /// that checks SeqNum is positive) or the too-low Logout. Leading zeros: the expected number, or a format Reject.
    /// </summary>
    private FuzzFrame WeirdSeqNum(FuzzModel m)
    {
        var b = Base(m, InSequenceKinds);
        string[] values = ["abc", "", "99999999999", "0", "-1", "000" + BaseMessages.Str(m.NextIn), "+" + BaseMessages.Str(m.NextIn)];
        var value = values[rng.Next(values.Length)];
        b.Frame.Set("34", value);
        var text = b.Frame.Encode();
        var type = b.Type;
        var valid = b.Encoded(text);
        return new FuzzFrame("", text, model =>
        {
            var e = model.NextIn;
            switch (value)
            {
                case "":
                    return [SessionOracle.ValidationReject(model, type, null, 4, 34)];
                case "0" or "-1":
                    // A negative number cannot be a RefSeqNum: the Reject then carries none.
                    int? refSeq = value == "0" ? 0 : null;
                    return
                    [
                        new Expected("reject on 34") { Replies = [new RejectReply(null, 34, refSeq, type)], NextIn = e },
                        new Expected("too low: logout, disconnect") { Replies = [new LogoutReply("MsgSeqNum too low")], NextIn = e, Disconnects = true },
                    ];
                case var leading when leading.StartsWith('0'):
                    return [SessionOracle.Predict(model, valid), SessionOracle.ValidationReject(model, type, e, 6, 34)];
                case var plus when plus.StartsWith('+'):
                    return [SessionOracle.ValidationReject(model, type, null, 6, 34), SessionOracle.ValidationReject(model, type, e, 6, 34)];
                case "99999999999":
                    return BeyondInt(model, [SessionOracle.ValidationReject(model, type, null, 6, 34)]);
                default:
                    return [SessionOracle.ValidationReject(model, type, null, 6, 34)];
            }
        });
    }

    /// <summary>
    /// One byte of a body value replaced by any byte, BodyLength and CheckSum made right again. What it does
    /// depends on the byte (a different valid value, a bad format or enum, a split field, a new tag), so the
    /// documented alternatives are: accepted as it is, any session Reject of this message, or ignored as garbled.
    /// </summary>
    private FuzzFrame BodyByteFlip(FuzzModel m)
    {
        var b = Base(m, ["D", "Dgroup", "B"]);
        var f = b.Frame;
        var candidates = Enumerable.Range(f.BodyStart, f.TrailerStart - f.BodyStart).Where(i => f.Fields[i].Value!.Length > 0).ToList();
        var field = f.Fields[candidates[rng.Next(candidates.Count)]];
        var chars = field.Value!.ToCharArray();
        var at = rng.Next(chars.Length);
        chars[at] = (char)((chars[at] + rng.Next(1, 256)) % 256);
        field.Value = new string(chars);
        var text = f.Encode();
        var msg = b.Encoded(text);
        var type = b.Type;
        return new FuzzFrame("", text, model =>
        [
            new Expected("application accepted") { NextIn = model.NextIn + 1, App = [msg.Text] },
            new Expected("reject (any reason)") { Replies = [new RejectReply(null, null, msg.Seq, type)], NextIn = model.NextIn + 1 },
            SessionOracle.Ignored(model, "garbled"),
        ]);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Gateway.Certification;

/// <summary>
/// Reads a <c>.cert</c> scenario file (grammar in docs/certification.md). Cold path: every problem is a
/// <see cref="ScenarioFormatException"/> naming the line and what was expected; nothing is guessed.
/// </summary>
public static partial class ScenarioParser
{
    public static ScenarioSet Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static ScenarioSet Parse(string text, string fileName)
    {
        var state = new ParseState(fileName);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var words = ScenarioTokens.Split(lines[i].TrimEnd('\r'), out var error);
            if (words is null)
            {
                throw new ScenarioFormatException(fileName, i + 1, error!);
            }

            if (words.Count > 0)
            {
                state.Line(new LineReader(fileName, i + 1, lines[i].Trim(), words));
            }
        }

        // The last line for errors about the whole file (a trailing newline starts no line).
        return state.Finish(Math.Max(1, lines.Length - (text.EndsWith('\n') ? 1 : 0)));
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")]
    private static partial Regex CaseIdPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex LabelPattern();

    private sealed class ParseState(string fileName)
    {
        private readonly List<ScenarioCase> _cases = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private ScenarioSettings _settings = new();
        private OpenCase? _open;

        public void Line(LineReader line)
        {
            var keyword = line.Word("a keyword");
            if (_open is null)
            {
                switch (keyword)
                {
                    case "set":
                        _settings = Setting(line);
                        return;
                    case "case":
                        Begin(line);
                        return;
                    default:
                        throw line.Error($"expected 'set' or 'case' outside a case, found '{keyword}'");
                }
            }

            if (keyword == "end")
            {
                line.End();
                if (_open.Steps.Count == 0 && _open.Skip is null)
                {
                    throw line.Error($"case {_open.Id} has no steps (give it some, or 'skip REASON')");
                }

                _cases.Add(new ScenarioCase(_open.Id, _open.Title, _open.Line, _open.Steps) { SkipReason = _open.Skip });
                _open = null;
                return;
            }

            if (keyword == "skip")
            {
                _open.Skip = line.Rest("the reason the case is skipped");
                return;
            }

            _open.Steps.Add(Step(keyword, line, _open));
        }

        public ScenarioSet Finish(int lineCount)
        {
            if (_open is not null)
            {
                throw new ScenarioFormatException(fileName, lineCount, $"case {_open.Id} (line {_open.Line}) has no 'end'");
            }

            if (_cases.Count == 0)
            {
                throw new ScenarioFormatException(fileName, lineCount, "the file has no cases");
            }

            return new ScenarioSet(Path.GetFileNameWithoutExtension(fileName), _settings, _cases);
        }

        private ScenarioSettings Setting(LineReader line)
        {
            var name = line.Word("a setting (timeout, strategy, account)");
            var result = name switch
            {
                "timeout" => _settings with { Timeout = line.Duration() },
                "strategy" => _settings with { Strategy = line.Int("a strategy id") },
                "account" => _settings with { Account = line.Int("an account id") },
                _ => throw line.Error($"unknown setting '{name}' (timeout, strategy, account)"),
            };
            line.End();
            return result;
        }

        private void Begin(LineReader line)
        {
            var id = line.Word("a case id such as FIX-ORD-01");
            if (!CaseIdPattern().IsMatch(id))
            {
                throw line.Error($"case id '{id}' is not like FIX-ORD-01 (capitals and digits joined by '-')");
            }

            if (!_ids.Add(id))
            {
                throw line.Error($"case id {id} is used twice");
            }

            _open = new OpenCase(id, line.Rest("a title after the case id"), line.Number);
        }

        private static ScenarioStep Step(string keyword, LineReader line, OpenCase open) => keyword switch
        {
            "new" => NewOrder(line, open),
            "cancel" => Finish(line, new CancelStep(line.Number, line.Text, open.Known(line, line.Word("an order label")))),
            "replace" => Replace(line, open),
            "mass-cancel" => Finish(line, new MassCancelStep(line.Number, line.Text, line.Optional())),
            "session" => Session(line),
            "venue" => Venue(line),
            "expect" => Expect(line, open),
            _ => throw line.Error(
                $"unknown step '{keyword}' (new, cancel, replace, mass-cancel, session, venue, expect, skip, end)"),
        };

        private static T Finish<T>(LineReader line, T step)
        {
            line.End();
            return step;
        }

        private static NewOrderStep NewOrder(LineReader line, OpenCase open)
        {
            var label = open.Define(line, line.Word("an order label"));
            var side = line.Word("a side (buy, sell, sell-short)") switch
            {
                "buy" => Api.Protocol.Side.Buy,
                "sell" => Api.Protocol.Side.Sell,
                "sell-short" => Api.Protocol.Side.SellShort,
                var other => throw line.Error($"side '{other}' is not buy, sell or sell-short"),
            };
            var quantity = line.Quantity();
            var symbol = line.Word("an instrument symbol");
            var type = line.Word("'limit PRICE' or 'market'");
            decimal price = 0;
            Api.Protocol.OrderType orderType;
            if (type == "limit")
            {
                orderType = Api.Protocol.OrderType.Limit;
                price = line.Price();
            }
            else if (type == "market")
            {
                orderType = Api.Protocol.OrderType.Market;
            }
            else
            {
                throw line.Error($"expected 'limit PRICE' or 'market', found '{type}'");
            }

            var tif = line.Optional() switch
            {
                null or "day" => Api.Protocol.TimeInForce.Day,
                "gtc" => Api.Protocol.TimeInForce.GoodTillCancel,
                "ioc" => Api.Protocol.TimeInForce.ImmediateOrCancel,
                "fok" => Api.Protocol.TimeInForce.FillOrKill,
                var other => throw line.Error($"time in force '{other}' is not day, gtc, ioc or fok"),
            };
            line.End();
            return new NewOrderStep(line.Number, line.Text, label, side, quantity, symbol, orderType, price, tif);
        }

        private static ReplaceStep Replace(LineReader line, OpenCase open)
        {
            var label = open.Known(line, line.Word("an order label"));
            line.Keyword("as");
            var newLabel = open.Define(line, line.Word("the replacement's label"));
            var quantity = line.Quantity();
            decimal? price = null;
            if (line.Optional() is { } word)
            {
                if (word != "limit")
                {
                    throw line.Error($"expected 'limit PRICE' after the quantity, found '{word}'");
                }

                price = line.Price();
            }

            line.End();
            return new ReplaceStep(line.Number, line.Text, label, newLabel, quantity, price);
        }

        private static SessionStep Session(LineReader line)
        {
            var action = line.Word("a session action");
            var step = action switch
            {
                "logout" => new SessionStep(line.Number, line.Text, SessionAction.Logout, 0),
                "logon" => new SessionStep(line.Number, line.Text, SessionAction.Logon, 0),
                "disconnect" => new SessionStep(line.Number, line.Text, SessionAction.Disconnect, 0),
                "reset" => new SessionStep(line.Number, line.Text, SessionAction.Reset, 0),
                "set-next-sender" => new SessionStep(line.Number, line.Text, SessionAction.SetNextSender, line.Int("a sequence number", 1)),
                "set-next-target" => new SessionStep(line.Number, line.Text, SessionAction.SetNextTarget, line.Int("a sequence number", 1)),
                _ => throw line.Error(
                    $"unknown session action '{action}' (logout, logon, disconnect, reset, set-next-sender N, set-next-target N)"),
            };
            line.End();
            return step;
        }

        private static VenueStep Venue(LineReader line)
        {
            var fault = line.Word("a venue fault");
            var step = fault switch
            {
                "drop" => new VenueStep(line.Number, line.Text, VenueFault.Drop, 0),
                "mute" => new VenueStep(line.Number, line.Text, VenueFault.Mute, 0),
                "unmute" => new VenueStep(line.Number, line.Text, VenueFault.Unmute, 0),
                "skip-seqnums" => new VenueStep(line.Number, line.Text, VenueFault.SkipSeqNums, line.Int("how many sequence numbers", 1)),
                "reject-ratio" => new VenueStep(line.Number, line.Text, VenueFault.RejectRatio, line.Ratio()),
                "latency-us" => new VenueStep(line.Number, line.Text, VenueFault.LatencyMicros, line.Int("microseconds", 0)),
                _ => throw line.Error(
                    $"unknown venue fault '{fault}' (drop, mute, unmute, skip-seqnums N, reject-ratio R, latency-us N)"),
            };
            line.End();
            return step;
        }

        private static ExpectStep Expect(LineReader line, OpenCase open)
        {
            var subject = line.Word("what to expect (an order label, venue, session, log)");
            ExpectStep step = subject switch
            {
                "venue" => line.Word("'up' or 'down'") switch
                {
                    "up" => new ExpectVenueStatusStep(line.Number, line.Text, null, true),
                    "down" => new ExpectVenueStatusStep(line.Number, line.Text, null, false),
                    var other => throw line.Error($"expected 'venue up' or 'venue down', found '{other}'"),
                },
                "session" => ExpectSession(line),
                "log" => ExpectLog(line),
                _ => ExpectOrder(line, open.Known(line, subject)),
            };
            return step with { Timeout = line.Within() };
        }

        private static ExpectStep ExpectSession(LineReader line)
        {
            var what = line.Word("logged-on, logged-out, next-sender or next-target");
            switch (what)
            {
                case "logged-on":
                    return new ExpectSessionStateStep(line.Number, line.Text, null, true);
                case "logged-out":
                    return new ExpectSessionStateStep(line.Number, line.Text, null, false);
                case "next-sender":
                case "next-target":
                    var op = line.Word("=, >= or <=");
                    if (op is not ("=" or ">=" or "<="))
                    {
                        throw line.Error($"expected =, >= or <= after {what}, found '{op}'");
                    }

                    return new ExpectSeqNumStep(line.Number, line.Text, null, what == "next-sender", op, line.Int("a sequence number", 1));
                default:
                    throw line.Error($"expected logged-on, logged-out, next-sender or next-target after 'session', found '{what}'");
            }
        }

        private static ExpectLogStep ExpectLog(LineReader line)
        {
            var direction = line.Word("'in' or 'out'");
            if (direction is not ("in" or "out"))
            {
                throw line.Error($"expected 'log in' or 'log out', found '{direction}'");
            }

            var msgType = line.Word("a message type (FIX 35=, such as D or 8)");
            var fields = new List<KeyValuePair<int, string>>();
            while (line.PeekIsField())
            {
                var field = line.Word("TAG=VALUE");
                var eq = field.IndexOf('=', StringComparison.Ordinal);
                fields.Add(new(int.Parse(field.AsSpan(0, eq), CultureInfo.InvariantCulture), field[(eq + 1)..]));
            }

            return new ExpectLogStep(line.Number, line.Text, null, direction == "out", msgType, fields);
        }

        private static ExpectOrderStep ExpectOrder(LineReader line, string label)
        {
            var name = line.Word("an order event");
            var orderEvent = name switch
            {
                "accepted" => OrderEvent.Accepted,
                "venue-accepted" => OrderEvent.VenueAccepted,
                "partial-fill" => OrderEvent.PartialFill,
                "fill" => OrderEvent.Fill,
                "canceled" => OrderEvent.Canceled,
                "replaced" => OrderEvent.Replaced,
                "rejected" => OrderEvent.Rejected,
                "cancel-rejected" => OrderEvent.CancelRejected,
                _ => throw line.Error(
                    $"unknown order event '{name}' (accepted, venue-accepted, partial-fill, fill, canceled, replaced, rejected, cancel-rejected)"),
            };
            var step = new ExpectOrderStep(line.Number, line.Text, null, label, orderEvent);
            if (orderEvent is OrderEvent.PartialFill or OrderEvent.Fill)
            {
                step = step with { Quantity = line.Quantity() };
            }
            else if (orderEvent == OrderEvent.Replaced && line.PeekIsNumber())
            {
                step = step with { Quantity = line.Quantity() };
            }

            if ((orderEvent is OrderEvent.PartialFill or OrderEvent.Fill or OrderEvent.Replaced) && line.PeekIs("at"))
            {
                line.Keyword("at");
                step = step with { Price = line.Price() };
            }

            if (orderEvent == OrderEvent.Canceled && line.PeekIsReason())
            {
                step = step with { Reason = line.EnumName<Api.Protocol.CancelReason>("a cancel reason") };
            }

            if (orderEvent is OrderEvent.Rejected or OrderEvent.CancelRejected)
            {
                if (line.PeekIsReason())
                {
                    step = step with { Reason = line.EnumName<Api.Protocol.RejectReason>("a reject reason") };
                }

                if (orderEvent == OrderEvent.Rejected && line.PeekIs("check"))
                {
                    line.Keyword("check");
                    step = step with { Check = line.EnumName<RiskChecks.RiskCheck>("a risk check") };
                }

                if (line.PeekIs("text"))
                {
                    line.Keyword("text");
                    step = step with { TextContains = line.Word("the text the reject's text contains") };
                }
            }

            return step;
        }
    }

    private sealed class OpenCase(string id, string title, int line)
    {
        private readonly HashSet<string> _labels = new(StringComparer.Ordinal);

        public string Id { get; } = id;

        public string Title { get; } = title;

        public int Line { get; } = line;

        public List<ScenarioStep> Steps { get; } = [];

        public string? Skip { get; set; }

        public string Define(LineReader line, string label)
        {
            if (!LabelPattern().IsMatch(label))
            {
                throw line.Error($"order label '{label}' is not a name (a letter, then letters, digits or '_')");
            }

            if (!_labels.Add(label))
            {
                throw line.Error($"order label '{label}' is already used in case {Id}");
            }

            return label;
        }

        public string Known(LineReader line, string label) => _labels.Contains(label)
            ? label
            : throw line.Error($"order '{label}' is not defined in case {Id} before this line (define it with 'new {label} ...')");
    }
}

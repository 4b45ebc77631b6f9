using Gateway.Sessions.Fix.Codec;
using Gateway.Venues.Orders;

namespace Gateway.Venues.Fix;

/// <summary>
/// ExecutionReport (8) and OrderCancelReject (9) → <see cref="VenueReport"/>, read in place from the message view.
/// </summary>
/// <remarks>
/// <para>ExecType (150) → kind, one table for every dialect (venues do not keep to their version's list):</para>
/// <code>
///  0 New → Accepted          1 Partial fill, 2 Fill (4.2), F Trade (4.3+) → Fill (LeavesQty 151 says partial or full)
///  4 Canceled → Canceled     5 Replaced → Replaced     8 Rejected → Rejected
///  C Expired, 3 Done for day → Expired
///  6 Pending cancel, A Pending new, E Pending replace, D Restated, I Order status, 7 Stopped, 9 Suspended,
///  B Calculated → Status
///  G Trade correct, H Trade cancel, anything else → Unrecognised ("ExecType 150=H")
/// </code>
/// <para>FIX 4.2's ExecTransType (20): 0 New as above; 3 Status → Status; 1 Cancel and 2 Correct revise an earlier
/// report (a busted or corrected fill) and come as Unrecognised ("ExecTransType 20=1"): the order thread must not
/// apply them as a new event, and an operator has to look.</para>
/// <para>ClOrdID (11) and OrigClOrdID (41) must be the gateway's decimal ids (1 to 18 digits); anything else is
/// Unrecognised. Quantities must be whole, prices exact in 8 decimals; absent ones read as 0.</para>
/// </remarks>
internal static class FixReportDecoder
{
    public static void DecodeExecutionReport(in FixMessage m, FixDialect dialect, ref VenueReport r)
    {
        ReadCommon(in m, ref r);
        if (!ReadIds(in m, ref r))
        {
            return;
        }

        if (!m.TryGetChar(150, out var execType))
        {
            FixReportText.Unrecognised(ref r, "no ExecType "u8, 150, m.GetValue(150));
            return;
        }

        if (dialect == FixDialect.Fix42 && m.TryGetChar(20, out var execTransType) && execTransType != '0')
        {
            if (execTransType != '3')
            {
                FixReportText.Unrecognised(ref r, "ExecTransType "u8, 20, m.GetValue(20));
                return;
            }

            execType = 'I'; // a status report whatever its ExecType
        }

        var kind = KindOf(execType);
        if (kind == VenueReportKind.Unrecognised)
        {
            FixReportText.Unrecognised(ref r, "ExecType "u8, 150, m.GetValue(150));
            return;
        }

        if (!ReadQuantity(in m, 32, ref r.LastQuantity, ref r)
            || !ReadPrice(in m, 31, ref r.LastPrice, ref r)
            || !ReadQuantity(in m, 14, ref r.CumQuantity, ref r)
            || !ReadQuantity(in m, 151, ref r.LeavesQuantity, ref r)
            || !ReadQuantity(in m, 38, ref r.OrderQuantity, ref r)
            || !ReadPrice(in m, 44, ref r.Price, ref r))
        {
            return;
        }

        m.TryGetInt(103, out r.ReasonCode);
        r.Kind = kind;
    }

    public static void DecodeCancelReject(in FixMessage m, ref VenueReport r)
    {
        ReadCommon(in m, ref r);
        if (!ReadIds(in m, ref r))
        {
            return;
        }

        r.ForReplace = m.TryGetChar(434, out var responseTo) && responseTo == '2';
        m.TryGetInt(102, out r.ReasonCode);
        r.Kind = VenueReportKind.CancelRejected;
    }

    /// <summary>The kind of an ExecType (150), or Unrecognised.</summary>
    public static VenueReportKind KindOf(char execType) => execType switch
    {
        '0' => VenueReportKind.Accepted,
        '1' or '2' or 'F' => VenueReportKind.Fill,
        '4' => VenueReportKind.Canceled,
        '5' => VenueReportKind.Replaced,
        '8' => VenueReportKind.Rejected,
        'C' or '3' => VenueReportKind.Expired,
        '6' or 'A' or 'E' or 'D' or 'I' or '7' or '9' or 'B' => VenueReportKind.Status,
        _ => VenueReportKind.Unrecognised,
    };

    /// <summary>Fields every report from the venue may carry: 34, 43, 37, 17, 58, 60.</summary>
    public static void ReadCommon(in FixMessage m, ref VenueReport r)
    {
        m.TryGetLong(34, out r.VenueSequence);
        m.TryGetBool(43, out r.PossibleDuplicate);
        if (m.TryGetValue(37, out var orderId))
        {
            r.VenueOrderId.Set(orderId);
        }

        if (m.TryGetValue(17, out var execId))
        {
            r.ExecId.Set(execId);
        }

        if (m.TryGetValue(58, out var text))
        {
            r.Text.Set(text);
        }

        m.TryGetTimestamp(60, out r.VenueTimeNanos);
    }

    /// <summary>The largest id that reads back: 18 digits.</summary>
    public const long MaxClOrdId = 999_999_999_999_999_999;

    /// <summary>An id the adapter can send and read back: 1 to <see cref="MaxClOrdId"/>.</summary>
    public static bool IsClOrdId(long id) => id is > 0 and <= MaxClOrdId;

    /// <summary>
    /// The gateway's decimal id as it writes it: 1 to 18 ASCII digits, no sign, no leading zero (so it fits a long and
    /// "0123" is not taken for 123).
    /// </summary>
    public static bool TryParseClOrdId(ReadOnlySpan<byte> value, out long id)
    {
        id = 0;
        if (value.IsEmpty || value.Length > 18 || value[0] == '0')
        {
            return false;
        }

        foreach (var b in value)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                id = 0;
                return false;
            }

            id = (id * 10) + digit;
        }

        return true;
    }

    /// <summary>ClOrdID (required) and OrigClOrdID (when present).</summary>
    private static bool ReadIds(in FixMessage m, ref VenueReport r)
    {
        if (!m.TryGetValue(11, out var clOrdId) || !TryParseClOrdId(clOrdId, out r.ClOrdId))
        {
            FixReportText.Unrecognised(ref r, "ClOrdID not ours "u8, 11, clOrdId);
            return false;
        }

        if (m.TryGetValue(41, out var orig) && !TryParseClOrdId(orig, out r.OrigClOrdId))
        {
            FixReportText.Unrecognised(ref r, "OrigClOrdID not ours "u8, 41, orig);
            return false;
        }

        return true;
    }

    private static bool ReadQuantity(in FixMessage m, int tag, ref long into, ref VenueReport r)
    {
        if (!m.TryGetValue(tag, out var value))
        {
            return true;
        }

        if (FixDecimal.TryParse(value, out var d) && d.TryToScaled(0, out into))
        {
            return true;
        }

        FixReportText.Unrecognised(ref r, "bad quantity "u8, tag, value);
        return false;
    }

    private static bool ReadPrice(in FixMessage m, int tag, ref long into, ref VenueReport r)
    {
        if (!m.TryGetValue(tag, out var value))
        {
            return true;
        }

        if (FixDecimal.TryParse(value, out var d) && FixPrices.TryFromFix(d, out into))
        {
            return true;
        }

        FixReportText.Unrecognised(ref r, "bad price "u8, tag, value);
        return false;
    }
}

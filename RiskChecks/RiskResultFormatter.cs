using System.Globalization;
using Gateway.RiskChecks.Orders;

namespace Gateway.RiskChecks;

/// <summary>Cold path: a risk result as text for logs, reject reasons (FIX Text) and the console.</summary>
public static class RiskResultFormatter
{
    public static string Format(in RiskResult result)
    {
        if (result.Passed)
        {
            return "Passed";
        }

        var check = result.Check;
        return check switch
        {
            RiskCheck.GlobalKillSwitch => "Rejected: global kill switch is on",
            RiskCheck.StrategyKillSwitch => $"Rejected: kill switch is on for strategy {Number(result.Actual)}",
            RiskCheck.VenueKillSwitch => $"Rejected: kill switch is on for venue {Number(result.Actual)}",
            RiskCheck.UnknownStrategy => $"Rejected: unknown strategy {Number(result.Actual)}",
            RiskCheck.UnknownInstrument => $"Rejected: unknown instrument {Number(result.Actual)}",
            RiskCheck.AccountNotEntitled => $"Rejected: strategy not entitled to account {Number(result.Actual)}",
            RiskCheck.VenueNotEntitled => $"Rejected: strategy not entitled to venue {Number(result.Actual)}",
            RiskCheck.RestrictedInstrument => $"Rejected: instrument {Number(result.Actual)} is restricted",
            RiskCheck.DuplicateClientOrderId => $"Rejected: duplicate client order id {Number(result.Actual)}",
            RiskCheck.UnknownOrder => $"Rejected: no open order with client order id {Number(result.Actual)}",
            RiskCheck.ReplacePending => $"Rejected: a replace of order {Number(result.Actual)} is pending",
            RiskCheck.ReplaceMismatch => "Rejected: a replace may change only quantity and price",
            RiskCheck.NoReferencePrice => $"Rejected: no reference price for instrument {Number(result.Actual)}",
            RiskCheck.InvalidPrice => $"Rejected: invalid price {Amount(result.Actual)}",
            RiskCheck.PriceCollar =>
                $"Rejected by PriceCollar: price {Amount(result.Actual)} is outside the collar bound {Amount(result.Limit)}",
            _ => $"Rejected by {check}: {Value(check, result.Actual)} exceeds the limit {Value(check, result.Limit)}",
        };
    }

    private static string Value(RiskCheck check, long value) => check switch
    {
        RiskCheck.StrategyMaxOrderNotional or RiskCheck.InstrumentMaxOrderNotional
            or RiskCheck.StrategyDailyNotional or RiskCheck.AccountCreditLimit => Amount(value),
        _ => Number(value),
    };

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Amount(long value) => Price.ToDecimal(value).ToString("0.########", CultureInfo.InvariantCulture);
}

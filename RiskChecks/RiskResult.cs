namespace Gateway.RiskChecks;

/// <summary>
/// The outcome of a risk check: passed, or rejected by one <see cref="RiskCheck"/> with the limit and the value
/// that broke it (in the check's units: whole quantity, fixed-point price or notional, messages, or an id).
/// Numbers only: text is made on the cold path by <see cref="RiskResultFormatter"/>.
/// </summary>
public readonly record struct RiskResult(RiskCheck Check, long Limit, long Actual)
{
    public static RiskResult Pass => default;

    public bool Passed => Check == RiskCheck.None;

    public bool Rejected => Check != RiskCheck.None;

    public static RiskResult Reject(RiskCheck check, long limit, long actual) => new(check, limit, actual);

    public override string ToString() => RiskResultFormatter.Format(this);
}

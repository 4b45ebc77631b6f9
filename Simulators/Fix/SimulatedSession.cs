namespace Gateway.Simulators.Fix;

/// <summary>
/// One acceptor session of the simulated venue, for a settings file built in code. BeginString FIX.4.2, FIX.4.4 or
/// FIXT.1.1 (FIX.5.0SP2 application messages).
/// </summary>
public sealed record SimulatedSession(string BeginString, string SenderCompId = "EXEC", string TargetCompId = "GATEWAY")
{
    public const string Fix42 = "FIX.4.2";
    public const string Fix44 = "FIX.4.4";
    public const string Fixt11 = "FIXT.1.1";
}

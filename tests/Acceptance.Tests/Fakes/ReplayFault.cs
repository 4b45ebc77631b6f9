namespace Gateway.Acceptance.Tests.Fakes;

/// <summary>How a <see cref="ScriptReplayAcceptor"/> departs from its script, to prove the runner notices.</summary>
public abstract record ReplayFault;

/// <summary>In the <paramref name="ExpectIndex"/>-th E line (from 0), send <paramref name="Tag"/>=<paramref name="Value"/> instead.</summary>
public sealed record ChangeValue(int ExpectIndex, int Tag, string Value) : ReplayFault;

/// <summary>Never send the <paramref name="ExpectIndex"/>-th E message (from 0), and stop there.</summary>
public sealed record WithholdMessage(int ExpectIndex) : ReplayFault;

/// <summary>At the first eDISCONNECT, keep the connection open, and stop there.</summary>
public sealed record StayConnected : ReplayFault;

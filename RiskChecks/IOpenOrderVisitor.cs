using Gateway.RiskChecks.State;

namespace Gateway.RiskChecks;

/// <summary>Receives open orders from <see cref="RiskEngine.ForEachOpenOrder{TVisitor}"/>; implement on a struct.</summary>
public interface IOpenOrderVisitor
{
    void Visit(in OpenOrder order);
}

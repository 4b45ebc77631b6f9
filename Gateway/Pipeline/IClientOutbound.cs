using Gateway.Api.Protocol;

namespace Gateway.Pipeline;

/// <summary>Sends a message to a strategy's connection (the client server, or a test double). I/O thread only.</summary>
public interface IClientOutbound
{
    /// <summary>False when the strategy is not connected or its connection cannot take the message.</summary>
    bool TrySend<T>(int strategyId, ref T message)
        where T : unmanaged, IApiMessage;
}

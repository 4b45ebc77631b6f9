using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Gateway.Api.Protocol;
using Gateway.Pipeline;

namespace Gateway.Tests.Pipeline;

/// <summary>One message the outbound adapter handed to a strategy: its type and bytes, held inline.</summary>
internal struct ClientMessage
{
    public int StrategyId;
    public MessageType Type;
    public Payload Bytes;

    public readonly T As<T>()
        where T : unmanaged, IApiMessage
    {
        if (T.Type != Type)
        {
            throw new InvalidOperationException($"message is {Type}, not {T.Type}");
        }

        return MemoryMarshal.Read<T>(Bytes);
    }

    [InlineArray(128)]
    public struct Payload
    {
        private byte _first;
    }
}

/// <summary>
/// The strategies' side of the outbound adapter: records every message (pre-sized: no allocation while recording);
/// a strategy in <see cref="Disconnected"/> refuses them, as a closed connection would.
/// </summary>
internal sealed class RecordingClients : IClientOutbound
{
    public List<ClientMessage> Messages { get; } = new(16384);

    public HashSet<int> Disconnected { get; } = [];

    public bool TrySend<T>(int strategyId, ref T message)
        where T : unmanaged, IApiMessage
    {
        if (Disconnected.Contains(strategyId))
        {
            return false;
        }

        var entry = default(ClientMessage);
        entry.StrategyId = strategyId;
        entry.Type = T.Type;
        MemoryMarshal.Write(entry.Bytes, in message);
        Messages.Add(entry);
        return true;
    }

    /// <summary>Cold: the messages of type T (to <paramref name="strategyId"/>, or anyone when −1), in order.</summary>
    public List<T> Of<T>(int strategyId = -1)
        where T : unmanaged, IApiMessage
    {
        var found = new List<T>();
        foreach (var message in Messages)
        {
            if (message.Type == T.Type && (strategyId < 0 || message.StrategyId == strategyId))
            {
                found.Add(message.As<T>());
            }
        }

        return found;
    }

    public T Single<T>(int strategyId = -1)
        where T : unmanaged, IApiMessage
    {
        var found = Of<T>(strategyId);
        if (found.Count != 1)
        {
            throw new InvalidOperationException($"{found.Count} {T.Type} messages, expected one; all: {Describe()}");
        }

        return found[0];
    }

    public List<MessageType> Types(int strategyId = -1)
    {
        var types = new List<MessageType>();
        foreach (var message in Messages)
        {
            if (strategyId < 0 || message.StrategyId == strategyId)
            {
                types.Add(message.Type);
            }
        }

        return types;
    }

    public string Describe() => string.Join(", ", Types());

    public void Clear() => Messages.Clear();
}

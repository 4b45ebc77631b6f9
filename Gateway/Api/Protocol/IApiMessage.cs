namespace Gateway.Api.Protocol;

/// <summary>A message struct of the protocol: blittable, its layout is its wire layout (little-endian hosts only).</summary>
public interface IApiMessage
{
    static abstract MessageType Type { get; }
}

using Gateway.Sessions.Fix.Codec;

namespace Gateway.Sessions.Fix.Session;

/// <summary>
/// Writes one outbound message's fields for <see cref="FixSession.TrySend{TBody}"/>. Implement it on a struct: the
/// session takes it as a generic struct parameter, so the calls are direct and nothing is boxed or allocated.
/// The session writes 8, 9, 35 and its own header (34, 49, 52, 56, sub/location IDs, 369) and the trailer.
/// </summary>
public interface IFixBody
{
    /// <summary>
    /// Header fields the session does not write itself, such as PossResend (97), OnBehalfOfCompID (115),
    /// DeliverToCompID (128) or MessageEncoding (347). Most messages add none. The session puts them among its own
    /// header fields in ascending tag order.
    /// </summary>
    void WriteHeader(ref FixHeaderFields header);

    /// <summary>The body fields, in the order they go on the wire.</summary>
    void WriteBody(ref FixWriter writer);
}

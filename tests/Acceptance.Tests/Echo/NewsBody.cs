using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Acceptance.Tests.Echo;

/// <summary>A News (35=B) with a Headline, and optionally MessageEncoding and the encoded headline copied over.</summary>
internal readonly ref struct NewsBody(ReadOnlySpan<byte> headline) : IFixBody
{
    private readonly ReadOnlySpan<byte> _headline = headline;

    public ReadOnlySpan<byte> MessageEncoding { get; init; }

    public ReadOnlySpan<byte> EncodedHeadlineLen { get; init; }

    public ReadOnlySpan<byte> EncodedHeadline { get; init; }

    public void WriteHeader(ref FixHeaderFields header)
    {
        if (!MessageEncoding.IsEmpty)
        {
            header.Add(347, MessageEncoding);
        }
    }

    public void WriteBody(ref FixWriter writer)
    {
        writer.Add(148, _headline);
        if (!EncodedHeadlineLen.IsEmpty)
        {
            writer.Add(358, EncodedHeadlineLen);
        }

        if (!EncodedHeadline.IsEmpty)
        {
            writer.Add(359, EncodedHeadline);
        }
    }
}

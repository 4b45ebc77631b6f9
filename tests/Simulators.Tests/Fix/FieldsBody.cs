using System.Text;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Session;

namespace Gateway.Simulators.Tests.Fix;

/// <summary>A body written from (tag, value) pairs in the order given.</summary>
internal readonly struct FieldsBody(IReadOnlyList<(int Tag, string Value)> fields) : IFixBody
{
    public void WriteHeader(ref FixHeaderFields header)
    {
    }

    public void WriteBody(ref FixWriter writer)
    {
        foreach (var (tag, value) in fields)
        {
            writer.Add(tag, Encoding.ASCII.GetBytes(value));
        }
    }
}

using FluentAssertions;
using Gateway.Sessions.Soup;

namespace Gateway.Sessions.Tests.Soup.Fuzz;

/// <summary>What a case should do to a session's counters: every counter not named must stay as it was.</summary>
internal sealed class CounterDelta
{
    private static readonly SoupCounter[] All = Enum.GetValues<SoupCounter>();
    private readonly long[] _before = new long[All.Length];
    private readonly long[] _expected = new long[All.Length];

    /// <summary>Reads the counters before the case and forgets the last expectation.</summary>
    public void Start(SoupCounters counters)
    {
        foreach (var counter in All)
        {
            _before[(int)counter] = counters[counter];
        }

        Array.Clear(_expected);
    }

    public CounterDelta Add(SoupCounter counter, long by = 1)
    {
        _expected[(int)counter] += by;
        return this;
    }

    public void Check(SoupCounters counters, string because)
    {
        foreach (var counter in All)
        {
            (counters[counter] - _before[(int)counter]).Should().Be(_expected[(int)counter], $"{counter} after {because}");
        }
    }
}

using FluentAssertions;

namespace Gateway.Sessions.Tests.Fix.Session;

/// <summary>Compares a received frame with an expected one field by field; a value of '*' matches anything.</summary>
internal static class FrameAssert
{
    public static void Matches(string actual, string expected)
    {
        var a = actual.TrimEnd('|').Split('|');
        var e = expected.TrimEnd('|').Split('|');
        a.Select(TagOf).Should().Equal(e.Select(TagOf), $"the fields of {actual} should be those of {expected}");
        for (var i = 0; i < e.Length; i++)
        {
            var expectedValue = e[i][(e[i].IndexOf('=', StringComparison.Ordinal) + 1)..];
            if (expectedValue != "*")
            {
                a[i].Should().Be(e[i], $"field {i} of {actual}");
            }
        }
    }

    public static void Single(List<string> frames, string expected)
    {
        frames.Should().HaveCount(1, string.Join(Environment.NewLine, frames));
        Matches(frames[0], expected);
    }

    private static string TagOf(string field) => field[..Math.Max(0, field.IndexOf('=', StringComparison.Ordinal))];
}

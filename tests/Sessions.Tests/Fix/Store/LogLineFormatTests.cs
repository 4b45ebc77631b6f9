using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Store;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Store;

public sealed class LogLineFormatTests
{
    private static string Frame(string pipes) => pipes.Replace('|', '\u0001');

    private static string FormatFrame(string frame)
    {
        var bytes = Encoding.UTF8.GetBytes(frame);
        var into = new byte[LogLineFormat.MaxLineLength(bytes.Length)];
        return Encoding.UTF8.GetString(into, 0, LogLineFormat.WriteFrame(bytes, into));
    }

    private static string FormatEvent(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var into = new byte[LogLineFormat.MaxLineLength(bytes.Length)];
        return Encoding.UTF8.GetString(into, 0, LogLineFormat.WriteEvent(bytes, into));
    }

    [Test]
    public void Frames_are_copied_with_SOH_kept() =>
        FormatFrame(Frame("8=FIX.4.4|9=5|35=0|10=000|")).Should().Be(Frame("8=FIX.4.4|9=5|35=0|10=000|"));

    [TestCase("8=FIX.4.4|35=A|553=user|554=secret|10=000|", "8=FIX.4.4|35=A|553=user|554=***|10=000|")]
    [TestCase("8=FIX.4.4|35=A|554=s3cr=t|925=new pass|10=000|", "8=FIX.4.4|35=A|554=***|925=***|10=000|")]
    [TestCase("554=secret|10=000|", "554=***|10=000|")]
    [TestCase("8=FIX.4.4|554=secret", "8=FIX.4.4|554=***")]
    [TestCase("8=FIX.4.4|554=|10=0|", "8=FIX.4.4|554=***|10=0|")]
    public void Passwords_in_frames_are_masked(string frame, string expected) =>
        FormatFrame(Frame(frame)).Should().Be(Frame(expected));

    [TestCase("8=FIX.4.4|5540=keep|1554=keep|58=x554=keep|10=0|")]
    public void Other_fields_that_merely_contain_554_are_kept(string frame) =>
        FormatFrame(Frame(frame)).Should().Be(Frame(frame));

    [Test]
    public void Line_breaks_and_backslashes_are_escaped_so_a_record_stays_on_one_line() =>
        FormatFrame(Frame("58=a\nb\rc\\d|")).Should().Be(Frame(@"58=a\nb\rc\\d|"));

    [TestCase("Logon 554=secret from 10.0.0.1", "Logon 554=***")]
    [TestCase("Rejected 8=FIX.4.4|554=pw|58=x", "Rejected 8=FIX.4.4|554=***")]
    [TestCase("rejected: 8=FIX.4.4\u0001554=pw\u000158=x\u0001", "rejected: 8=FIX.4.4\u0001554=***\u000158=x\u0001")]
    [TestCase("925=new\tpw", "925=***")]
    public void Passwords_in_events_are_masked(string text, string expected) =>
        FormatEvent(text).Should().Be(expected);

    [Test]
    public void Timestamps_are_UTC_with_microseconds()
    {
        var into = new byte[64];
        var n = LogLineFormat.WriteTimestamp(1_795_255_200_123_456_789, into);

        Encoding.ASCII.GetString(into, 0, n).Should().Be("20261121-10:00:00.123456");
        n.Should().Be(LogLineFormat.TimestampLength);
    }
}

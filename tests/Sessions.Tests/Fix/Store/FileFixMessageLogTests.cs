using System.Text;
using FluentAssertions;
using Gateway.Sessions.Fix.Config;
using Gateway.Sessions.Fix.Store;
using Gateway.Sessions.Time;
using NUnit.Framework;

namespace Gateway.Sessions.Tests.Fix.Store;

public sealed class FileFixMessageLogTests
{
    private const long Now = 1_795_255_200_123_456_000; // 20261121-10:00:00.123456
    private static readonly FixSessionId Session = new("FIX.4.4", "ISLD", "TW");

    private TempDirectory _dir = null!;
    private ManualEpochClock _clock = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _dir = new TempDirectory();
        _clock = new ManualEpochClock(Now);
    }

    [TearDown]
    public void DeleteDirectory() => _dir.Dispose();

    private static byte[] Bytes(string pipes) => Encoding.ASCII.GetBytes(pipes.Replace('|', '\u0001'));

    private static string[] Lines(string path) =>
        File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Replace('\u0001', '|')).ToArray();

    [Test]
    public void Messages_in_and_out_are_written_one_a_line_with_time_and_direction()
    {
        var log = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = _clock }, Session);
        log.OnIncoming(Bytes("8=FIX.4.4|9=5|35=0|10=000|"));
        _clock.Advance(1_000);
        log.OnOutgoing(Bytes("8=FIX.4.4|9=5|35=1|10=001|"));

        log.Dispose();

        Path.GetFileName(log.MessagesPath).Should().Be("FIX.4.4-ISLD-TW.messages.log");
        Lines(log.MessagesPath).Should().Equal(
            "20261121-10:00:00.123456 IN  8=FIX.4.4|9=5|35=0|10=000|",
            "20261121-10:00:00.123457 OUT 8=FIX.4.4|9=5|35=1|10=001|");
    }

    [Test]
    public void Events_go_to_the_event_log()
    {
        var log = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = _clock }, Session);
        log.OnEvent("Logon received");
        log.OnEvent("Über-long café ✓");

        log.Dispose();

        Path.GetFileName(log.EventsPath).Should().Be("FIX.4.4-ISLD-TW.event.log");
        File.ReadAllText(log.EventsPath, Encoding.UTF8).Should().Be(
            "20261121-10:00:00.123456 Logon received\n20261121-10:00:00.123456 Über-long café ✓\n");
        File.ReadAllText(log.MessagesPath).Should().BeEmpty();
    }

    [Test]
    public void Passwords_never_reach_any_log_file()
    {
        var log = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = _clock }, Session);
        log.OnIncoming(Bytes("8=FIX.4.4|9=40|35=A|553=trader|554=hunter2|925=hunter3|10=000|"));
        log.OnOutgoing(Bytes("8=FIX.4.4|9=30|35=A|554=hunter2|10=000|"));
        log.OnEvent("Logon refused: 8=FIX.4.4|35=A|554=hunter2|");

        log.Dispose();

        Lines(log.MessagesPath)[0].Should().EndWith("553=trader|554=***|925=***|10=000|");
        Lines(log.MessagesPath)[1].Should().EndWith("35=A|554=***|10=000|");
        foreach (var file in Directory.GetFiles(_dir.Path))
        {
            File.ReadAllText(file).Should().NotContain("hunter", $"{file} must not hold a password");
        }
    }

    [Test]
    public void A_full_ring_drops_records_and_the_event_log_says_how_many()
    {
        using var writer = new FixLogWriter(start: false);
        var log = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = _clock, RingBytes = 1024, Writer = writer }, Session);
        var frame = new byte[100]; // 128 bytes a record: 8 fit
        frame.AsSpan().Fill((byte)'x');
        for (var i = 0; i < 10; i++)
        {
            log.OnIncoming(frame);
        }

        log.Dropped.Should().Be(2);
        writer.DoWork().Should().Be(9, "8 messages and 1 event");
        log.OnIncoming(frame);
        writer.DoWork().Should().Be(1);
        log.Dispose();

        Lines(log.MessagesPath).Should().HaveCount(9);
        Lines(log.EventsPath).Should().ContainSingle().Which.Should().EndWith(
            "message log ring full: 2 records not logged (2 since start)");
    }

    [Test]
    [CancelAfter(10_000)]
    public void The_writer_thread_writes_without_being_asked(CancellationToken token)
    {
        using var log = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = _clock }, Session);

        log.OnOutgoing(Bytes("8=FIX.4.4|9=5|35=0|10=000|"));

        while (new FileInfo(log.MessagesPath).Length == 0)
        {
            token.ThrowIfCancellationRequested();
            Thread.Yield();
        }

        Lines(log.MessagesPath).Should().ContainSingle();
    }

    [Test]
    public void One_writer_serves_several_sessions()
    {
        using var writer = new FixLogWriter(start: false);
        var a = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = _clock, Writer = writer }, Session);
        var b = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = _clock, Writer = writer }, Session with { TargetCompID = "XX" });
        a.OnIncoming(Bytes("8=FIX.4.4|35=0|"));
        b.OnIncoming(Bytes("8=FIX.4.4|35=1|"));

        writer.DoWork().Should().Be(2);
        a.Dispose();
        b.Dispose();

        Lines(a.MessagesPath).Should().ContainSingle().Which.Should().EndWith("35=0|");
        Lines(b.MessagesPath).Should().ContainSingle().Which.Should().EndWith("35=1|");
    }

    [Test]
    public void A_reopened_log_appends()
    {
        using (var log = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = _clock }, Session))
        {
            log.OnIncoming(Bytes("8=FIX.4.4|35=0|"));
        }

        using (var log = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = _clock }, Session))
        {
            log.OnIncoming(Bytes("8=FIX.4.4|35=1|"));
        }

        Lines(Path.Combine(_dir.Path, "FIX.4.4-ISLD-TW.messages.log")).Should().HaveCount(2);
    }

    [Test]
    public void Logging_messages_does_not_allocate_after_warm_up()
    {
        using var writer = new FixLogWriter(start: false);
        using var log = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = SystemEpochClock.Instance, Writer = writer }, Session);
        var frame = Bytes("8=FIX.4.4|9=5|35=0|34=12|49=ISLD|56=TW|52=20261121-10:00:00.123|10=000|");
        for (var i = 0; i < 100; i++)
        {
            log.OnIncoming(frame);
            log.OnOutgoing(frame);
        }

        writer.DoWork();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            log.OnIncoming(frame);
            log.OnOutgoing(frame);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Test]
    public void Logging_an_event_does_not_allocate_either()
    {
        using var writer = new FixLogWriter(start: false);
        using var log = new FileFixMessageLog(new FileLogOptions(_dir.Path) { Clock = _clock, Writer = writer }, Session);
        const string text = "Sent heartbeat";
        log.OnEvent(text);
        writer.DoWork();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            log.OnEvent(text);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Test]
    public void Options_come_from_the_session_settings()
    {
        var settings = QuickFixSettingsFile.Parse(
            "[SESSION]\nBeginString=FIX.4.4\nSenderCompID=A\nTargetCompID=B\nFileLogPath=log\nMessageLogRingBytes=65536\n").Sessions[0];

        var options = FileLogOptions.FromSettings(settings, "/var/gw");

        options.Directory.Should().Be(Path.Combine("/var/gw", "log"));
        options.RingBytes.Should().Be(65536);
    }

    [Test]
    public void The_null_log_accepts_everything()
    {
        IFixMessageLog log = NullFixMessageLog.Instance;

        log.OnIncoming(Bytes("8=FIX.4.4|"));
        log.OnOutgoing(Bytes("8=FIX.4.4|"));
        log.OnEvent("x");
        log.Dispose();

        Directory.GetFiles(_dir.Path).Should().BeEmpty();
    }
}

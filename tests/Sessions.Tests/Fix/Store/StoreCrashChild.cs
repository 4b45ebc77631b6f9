using System.Globalization;
using System.Text;
using Gateway.Sessions.Fix.Store;

namespace Gateway.Sessions.Tests.Fix.Store;

/// <summary>
/// The child process of <see cref="FileFixMessageStoreKillTests"/>: sends messages through a file store as a session
/// would, printing each seqnum once it is stored, until it is killed.
/// </summary>
internal static class StoreCrashChild
{
    public const string DirectoryVariable = "GATEWAY_STORE_CRASH_CHILD_DIR";
    public const string FilePrefix = "FIX.4.4-KILL-TEST";

    public static byte[] Frame(int seqNum) =>
        Encoding.ASCII.GetBytes($"8=FIX.4.4\u00019=40\u000135=D\u000134={seqNum}\u000111=kill-{seqNum}\u000110=000\u0001");

    public static void Run(string directory)
    {
        var store = new FileFixMessageStore(new FileStoreOptions(directory), FilePrefix);
        var stdout = Console.Out;
        for (var i = 0; i < 10_000_000; i++)
        {
            var seqNum = store.NextSenderMsgSeqNum;
            store.Append(seqNum, Frame(seqNum));
            store.IncrNextSenderMsgSeqNum();
            store.IncrNextTargetMsgSeqNum();
            stdout.WriteLine(seqNum.ToString(CultureInfo.InvariantCulture));
            stdout.Flush();
        }

        // Not killed (the parent failed): wait for the parent to close our stdin, never Dispose the store.
        Console.In.ReadToEnd();
        Environment.Exit(0);
    }
}

using FluentAssertions;
using Gateway.Sessions.Fix.Codec;
using Gateway.Sessions.Fix.Dictionary;

namespace Gateway.Sessions.Tests.Fix.Dictionary;

internal static class RejectAssertions
{
    public static void ShouldBeValid(this FixReject reject) =>
        reject.Kind.Should().Be(FixRejectKind.None, "expected a valid message but got {0}", reject);

    public static void ShouldBeSessionReject(this FixReject reject, int reason, int refTagId, string text, string msgType)
    {
        reject.Kind.Should().Be(FixRejectKind.SessionReject, "got {0}", reject);
        reject.Reason.Should().Be(reason, "got {0}", reject);
        reject.HasRefTagId.Should().BeTrue();
        reject.RefTagId.Should().Be(refTagId, "got {0}", reject);
        reject.Text.Should().Be(text);
        reject.RefMsgType.Should().Be(MsgTypes.Pack(msgType));
    }
}

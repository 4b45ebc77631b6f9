using Gateway.Acceptance.Tests.Acceptor;

namespace Gateway.Acceptance.Tests.Acceptor;

public sealed class PreparedSettingsTests
{
    [Test]
    public void Port_dictionaries_and_files_are_rewritten_and_the_rest_kept()
    {
        const string shipped = "[DEFAULT] \r\nVerbose=Y \r\nFileLogPath=log \r\nSocketAcceptPort=5005 \r\nFileStorePath=store\r\n"
            + "# comment\r\n[SESSION] \r\nBeginString=FIX.4.4 \r\nDataDictionary=spec\\fix\\FIX44.xml \r\n";
        var launch = new AcceptorLaunch("/cfg/at_44.cfg", "/spec", 40123, "/work/run1");

        PreparedSettings.Prepare(shipped, launch).Should().Be(
            "[DEFAULT]\nVerbose=Y\nFileLogPath=/work/run1/log\nSocketAcceptPort=40123\nFileStorePath=/work/run1/store\n"
            + "# comment\n[SESSION]\nBeginString=FIX.4.4\nDataDictionary=/spec/FIX44.xml\n");
    }
}

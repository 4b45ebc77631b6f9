namespace Gateway.Acceptance.Tests.Acceptor;

/// <summary>
/// What an acceptor under test is started with.
/// <paramref name="SettingsPath"/>: the QuickFIX .cfg as shipped (its SocketAcceptPort is to be ignored).
/// <paramref name="SpecFolder"/>: where dictionaries are found by file name (<c>DataDictionary=spec\fix\FIX44.xml</c>
/// means <c>SpecFolder/FIX44.xml</c>). <paramref name="Port"/>: 0 for any free port, reported back by the acceptor.
/// <paramref name="WorkDirectory"/>: an empty folder of this run's own for stores and logs (FileStorePath, FileLogPath).
/// </summary>
public sealed record AcceptorLaunch(string SettingsPath, string SpecFolder, int Port, string WorkDirectory);

namespace Gateway.Acceptance.Tests.Scripts;

/// <summary>One line of a .def script that does something. <see cref="Line"/> counts from 1.</summary>
public abstract record ScriptStep(int Line, string Text);

/// <summary><c>iCONNECT</c> / <c>iN,CONNECT</c>: open TCP connection N to the acceptor.</summary>
public sealed record ConnectStep(int Line, string Text, int Connection) : ScriptStep(Line, Text);

/// <summary><c>iDISCONNECT</c> / <c>iN,DISCONNECT</c>: the runner shuts down and closes connection N.</summary>
public sealed record DisconnectStep(int Line, string Text, int Connection) : ScriptStep(Line, Text);

/// <summary><c>eDISCONNECT</c> / <c>eN,DISCONNECT</c>: the acceptor must close connection N, sending nothing more.</summary>
public sealed record ExpectDisconnectStep(int Line, string Text, int Connection) : ScriptStep(Line, Text);

/// <summary><c>I&lt;msg&gt;</c> / <c>IN,&lt;msg&gt;</c>: decorate and send. <see cref="Message"/> is a wire string.</summary>
public sealed record SendStep(int Line, string Text, int Connection, string Message) : ScriptStep(Line, Text);

/// <summary><c>E&lt;msg&gt;</c> / <c>EN,&lt;msg&gt;</c>: read the next message on N and compare it with the decorated one.</summary>
public sealed record ExpectStep(int Line, string Text, int Connection, string Message) : ScriptStep(Line, Text);

/// <summary><c>sleep(X)</c>: wait X seconds.</summary>
public sealed record SleepStep(int Line, string Text, TimeSpan Duration) : ScriptStep(Line, Text);

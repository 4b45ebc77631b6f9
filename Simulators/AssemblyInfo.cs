using System.Runtime.CompilerServices;

// The tests parse command lines with the internal FixCommandLine.
[assembly: InternalsVisibleTo("Gateway.Simulators.Tests")]

using System.Runtime.CompilerServices;

namespace Gateway.Sessions.Tests.Metrics;

/// <summary>Byte distances between fields, for tests of padding against false sharing.</summary>
internal static class FieldLayout
{
    public static long Distance<TA, TB>(ref TA a, ref TB b) =>
        (long)Unsafe.ByteOffset(ref Unsafe.As<TA, byte>(ref a), ref Unsafe.As<TB, byte>(ref b));
}

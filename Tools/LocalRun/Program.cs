namespace DualWrite.LocalRun;

internal static class Program
{
    // Placeholder until the local run lands (issue 8); the environment types are usable already.
    private static int Main() => 0;
}

namespace DualWrite.Tests.Support;

internal static class Placeholder
{
}

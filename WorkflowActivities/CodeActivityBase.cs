namespace DualWrite.Plugins;

internal static class Placeholder
{
}

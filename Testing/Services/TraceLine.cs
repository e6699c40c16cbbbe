namespace DualWrite.Testing.Services;

/// <summary>One line a plug-in or activity traced, with the component that traced it (the step name, or the type name for a direct run).</summary>
public sealed record TraceLine(string Source, string Text)
{
    public override string ToString() => $"{Source}: {Text}";
}

namespace DualWrite.SolutionPacker.Configuration;

/// <summary>The solution publisher, from pac.config.</summary>
public sealed record PublisherSettings(string UniqueName, string DisplayName, string Prefix, int OptionValuePrefix);

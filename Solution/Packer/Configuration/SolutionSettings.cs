namespace DualWrite.SolutionPacker.Configuration;

/// <summary>The solution's names and version, from pac.config.</summary>
public sealed record SolutionSettings(string UniqueName, string DisplayName, string Description, string Version, PublisherSettings Publisher)
{
    /// <summary>The zip's file name, as pac names exports: UniqueName_Version.zip, with _managed for a managed package.</summary>
    public string ZipFileName(bool managed) => $"{UniqueName}_{Version}{(managed ? "_managed" : "")}.zip";
}

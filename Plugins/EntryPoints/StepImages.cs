namespace DualWrite.Plugins.EntryPoints;

/// <summary>The image aliases the outbound steps register and read.</summary>
internal static class StepImages
{
    /// <summary>The record after the save: every column the table's maps read.</summary>
    public const string Post = "Post";
}

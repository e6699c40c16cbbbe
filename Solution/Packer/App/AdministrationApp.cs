namespace DualWrite.SolutionPacker.App;

/// <summary>The model-driven app's names: its unique name (also its site map's) and what it shows.</summary>
internal static class AdministrationApp
{
    public const string UniqueName = "dw_DualWriteAdministration";
    public const string DisplayName = "DualWrite administration";
    public const string Description = "What DualWrite sent to Finance, what failed and why, what waits, and the solution's settings.";

    /// <summary>The platform's table of environment variable definitions, which the site map lists.</summary>
    public const string EnvironmentVariableTable = "environmentvariabledefinition";

    /// <summary>The platform's default app icon web resource, which apps made in the designer point at.</summary>
    public const string DefaultIconWebResourceId = "953b9fac-1e5e-e611-80d6-00155ded156f";
}

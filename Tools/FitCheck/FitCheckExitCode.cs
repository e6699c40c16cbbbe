namespace DualWrite.FitCheck;

/// <summary>The fit check's exit codes (README "Before you import").</summary>
public static class FitCheckExitCode
{
    /// <summary>Every map fits this Finance and this Dataverse.</summary>
    public const int Fits = 0;

    /// <summary>At least one map does not fit; the report lists every mismatch.</summary>
    public const int DoesNotFit = 1;

    /// <summary>Bad options, an unreadable or malformed file, metadata that is not CSDL, or a Dataverse without Project Operations.</summary>
    public const int BadInput = 2;

    /// <summary>A service could not be reached, or refused the sign-in or the request (401/403).</summary>
    public const int Unreachable = 3;
}

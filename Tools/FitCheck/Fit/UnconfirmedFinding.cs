namespace DualWrite.FitCheck.Fit;

/// <summary>What an environment says of a name Schema/ records unconfirmed.</summary>
/// <param name="Service">"Finance" or "Dataverse".</param>
/// <param name="Name">The name as Schema/ keys it (for Finance, prefixed with the AOT entity).</param>
/// <param name="Verdict">Confirmed, Differs, Absent or Not read.</param>
/// <param name="Detail">What the environment has instead, or why it was not read; empty when confirmed.</param>
public sealed record UnconfirmedFinding(string Service, string Name, string Verdict, string Detail)
{
    public const string Confirmed = "Confirmed";
    public const string Differs = "Differs";
    public const string Absent = "Absent";
    public const string NotRead = "Not read";
}

namespace DualWrite.Plugins.Finance;

/// <summary>What an upsert did in Finance.</summary>
public enum FinanceWriteOutcome
{
    Created,
    Updated,
}

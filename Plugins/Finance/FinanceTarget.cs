namespace DualWrite.Plugins.Finance;

/// <summary>What a request is about, as messages name it: "PATCH ProjectsV2(dataAreaId='usmf',ProjectID='P-1')".</summary>
internal sealed class FinanceTarget
{
    private readonly string? _description;

    public FinanceTarget(string method, string entitySet, FinanceKey? key, string? description = null)
    {
        Method = method;
        EntitySet = entitySet;
        Key = key;
        _description = description;
    }

    public string Method { get; }

    public string EntitySet { get; }

    public FinanceKey? Key { get; }

    public override string ToString() => _description ?? $"{Method} {EntitySet}{Key}";
}

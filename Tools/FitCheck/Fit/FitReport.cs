using System.Collections.Generic;
using System.Linq;
using DualWrite.FitCheck.Reading;
using DualWrite.MapCheck;
using DualWrite.Plugins.Maps;

namespace DualWrite.FitCheck.Fit;

/// <summary>Everything the fit check found: what it read, each map's entity set and fit, the unconfirmed names settled, and the settings derived.</summary>
public sealed record FitReport(
    FinanceMetadata Finance,
    DataverseMetadata Dataverse,
    IReadOnlyList<TableMap> Maps,
    IReadOnlyList<EntitySetResolution> EntitySets,
    MapCheckReport Check,
    IReadOnlyList<UnconfirmedFinding> Unconfirmed,
    IReadOnlyDictionary<string, string> Settings)
{
    public bool Fits => Check.Fits;

    /// <summary>
    /// Legal entities and currencies: Schema/ records no Finance data entity for either (only the entities the maps send
    /// to), so no name to read them by is known and none is guessed.
    /// </summary>
    public string LegalEntitiesAndCurrencies =>
        "Not read: Schema/Finance records no legal entity or currency data entity, so the check has no confirmed entity set to read them from. dw_LegalEntities is left as it is.";

    public IEnumerable<UnconfirmedFinding> UnconfirmedIn(string verdict) => Unconfirmed.Where(u => u.Verdict == verdict);
}

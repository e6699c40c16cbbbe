using System;
using DualWrite.Schema.Dataverse;
using DualWrite.Schema.Finance;

namespace DualWrite.MapCheck;

/// <summary>What a map is checked against: a Dataverse's tables and a Finance's $metadata with its DataEntities rows.</summary>
public sealed class SchemaPair
{
    public SchemaPair(DataverseSnapshot dataverse, FinanceSnapshot finance)
    {
        Dataverse = dataverse ?? throw new ArgumentNullException(nameof(dataverse));
        Finance = finance ?? throw new ArgumentNullException(nameof(finance));
    }

    public DataverseSnapshot Dataverse { get; }

    public FinanceSnapshot Finance { get; }

    /// <summary>The recorded real schema (Schema/), embedded in DualWrite.Schema.</summary>
    public static SchemaPair Recorded() => new(DataverseSnapshot.Load(), FinanceSnapshot.Load());
}

using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>A Finance legal entity's company in Dataverse, with the currency, customers, resources and expense categories kept per company.</summary>
internal sealed record LegalEntity(
    string Code,
    EntityReference Company,
    EntityReference Currency,
    IReadOnlyList<EntityReference> Customers,
    IReadOnlyList<EntityReference> Resources,
    IReadOnlyList<EntityReference> ExpenseCategories);

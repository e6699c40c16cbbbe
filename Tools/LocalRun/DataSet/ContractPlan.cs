using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>A contract as generated: its legal entity and customer, and each project with the contract lines that bill it.</summary>
internal sealed record ContractPlan(LegalEntity LegalEntity, EntityReference Contract, EntityReference Customer, IReadOnlyList<ProjectPlan> Projects);

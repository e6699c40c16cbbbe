using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>A project as generated, with its contract lines (the first is the one its time is billed on) and its schedule.</summary>
internal sealed record ProjectPlan(EntityReference Contract, EntityReference Project, IReadOnlyList<EntityReference> ContractLines, DateTime Start, DateTime Finish);

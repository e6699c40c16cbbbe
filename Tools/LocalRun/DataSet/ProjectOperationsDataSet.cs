using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>
/// A realistic Project Operations data set, the same for the same size and seed: two legal entities with their
/// customers, resources and categories; contracts with funding sources, lines and milestones; projects with tasks,
/// resource assignments and estimate lines; time actuals (some reversed); a confirmed proforma with the billed-sales
/// actuals of its lines per contract plus one large proforma; then a round of edits. <see cref="Operations"/> lists every save in the
/// order a user's work creates them, parents before children.
/// </summary>
public sealed class ProjectOperationsDataSet
{
    private static readonly DateTime InvoiceDate = new(2025, 6, 30, 0, 0, 0, DateTimeKind.Utc);

    private ProjectOperationsDataSet(DataSetSize size, int seed, IReadOnlyList<DataSetOperation> operations, EntityReference largestProforma, IReadOnlyList<string> legalEntities)
    {
        Size = size;
        Seed = seed;
        Operations = operations;
        LargestProforma = largestProforma;
        LegalEntities = legalEntities;
    }

    public DataSetSize Size { get; }

    public int Seed { get; }

    public IReadOnlyList<DataSetOperation> Operations { get; }

    /// <summary>The proforma invoice with <see cref="DataSetSize.ProformaLines"/> lines; its last operation confirms it.</summary>
    public EntityReference LargestProforma { get; }

    /// <summary>The legal entities' company codes (Finance's dataAreaId), for dw_LegalEntities.</summary>
    public IReadOnlyList<string> LegalEntities { get; }

    public static ProjectOperationsDataSet Generate(DataSetSize size, int seed)
    {
        ArgumentNullException.ThrowIfNull(size);
        var writer = new DataSetWriter(seed);
        ReferenceData reference = ReferenceData.Write(writer);

        var contracts = new List<ContractPlan>();
        var tasks = new List<EntityReference>();
        int projectNumber = 0;
        for (int c = 0; c < size.Contracts; c++)
        {
            LegalEntity legalEntity = reference.LegalEntities[c % reference.LegalEntities.Count];
            ContractPlan contract = ContractGenerator.Write(writer, legalEntity, c + 1, ref projectNumber);
            contracts.Add(contract);
            foreach (ProjectPlan project in contract.Projects)
            {
                tasks.AddRange(ProjectWorkGenerator.Write(writer, reference, legalEntity, project, size));
            }

            ProformaGenerator.Write(writer, reference, contract, $"PF-{c + 1:00000}", lines: 5, InvoiceDate);
        }

        EntityReference largest = ProformaGenerator.Write(writer, reference, contracts[0], "PF-LARGE", size.ProformaLines, InvoiceDate);
        ChangeGenerator.Write(writer, contracts, tasks);
        return new ProjectOperationsDataSet(size, seed, writer.Operations, largest, reference.LegalEntities.Select(l => l.Code).ToArray());
    }
}

using System.Collections.Generic;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.DataSet;

/// <summary>
/// Writes the edits that follow the first saves, so that the run shows updates reaching Finance as well as creates:
/// some contracts renamed, some tasks re-planned, and some projects closed (which finishes them in Finance).
/// </summary>
internal static class ChangeGenerator
{
    public static void Write(DataSetWriter writer, IReadOnlyList<ContractPlan> contracts, IReadOnlyList<EntityReference> tasks)
    {
        foreach (ContractPlan contract in contracts)
        {
            if (writer.Chance(0.15))
            {
                writer.Update(contract.Contract, ("name", $"Renegotiated {contract.Contract.Id.ToString("N")[..6]}"));
            }

            foreach (ProjectPlan project in contract.Projects)
            {
                if (writer.Chance(0.1))
                {
                    writer.Update(project.Project, ("statecode", RecordedChoice.Option("msdyn_project", "statecode", "Inactive")), ("msdyn_actualend", project.Finish));
                }
            }
        }

        foreach (EntityReference task in tasks)
        {
            if (writer.Chance(0.1))
            {
                writer.Update(task, ("msdyn_effort", 8.0 * writer.Random.Next(2, 30)));
            }
        }
    }
}

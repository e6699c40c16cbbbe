using System.Collections.Generic;
using DualWrite.Plugins.Registration;

namespace DualWrite.Benchmarks.Naive;

/// <summary>Where the naive plug-in is registered: the same tables and messages our steps cover for the compared workloads.</summary>
public static class NaiveSteps
{
    public static IReadOnlyList<PluginStep> All { get; } =
    [
        new(typeof(NaiveSyncPlugin), "Create", "msdyn_project", PipelineStage.PostOperation, StepMode.Synchronous, "Sends a new project to Finance (naive)."),
        new(typeof(NaiveSyncPlugin), "Update", "msdyn_project", PipelineStage.PostOperation, StepMode.Synchronous, "Sends a changed project to Finance (naive)."),
        new(typeof(NaiveSyncPlugin), "Create", "msdyn_actual", PipelineStage.PostOperation, StepMode.Synchronous, "Sends a new project actual to Finance (naive)."),
        new(typeof(NaiveSyncPlugin), "Update", "invoice", PipelineStage.PostOperation, StepMode.Synchronous, "Sends a confirmed proforma invoice to Finance (naive).", filteringAttributes: ["msdyn_projectinvoicestatus"]),
    ];
}

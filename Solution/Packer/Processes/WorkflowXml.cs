using System;
using System.Linq;
using System.Xml.Linq;
using DualWrite.SolutionPacker.Components;

namespace DualWrite.SolutionPacker.Processes;

/// <summary>
/// A process's Workflow element (the unpacked Workflows/&lt;file&gt;.xaml.data.xml, inlined into customizations.xml's
/// Workflows when packed), in the element order of exported workflows (the customizations.xml Workflow entries of
/// the public exports found with find_string "&lt;PrimaryEntity&gt;none&lt;/PrimaryEntity&gt;": XamlFileName or JsonFileName,
/// Type, Subprocess, Category, Mode, Scope, OnDemand, triggers, AsyncAutodelete, SyncWorkflowLogOnFailure, StateCode,
/// StatusCode, RunAs, IsTransacted, IntroducedVersion, IsCustomizable, BusinessProcessType,
/// IsCustomProcessingStepAllowedForOtherPublishers, PrimaryEntity, LocalizedNames, Descriptions). Both kinds ship
/// activated (StateCode 1, StatusCode 2), run as the calling user (RunAs 1) and at organization scope (Scope 4).
/// </summary>
internal static class WorkflowXml
{
    public const int ActionCategory = 3;
    public const int WorkflowCategory = 0;

    /// <summary>The file the definition is in: &lt;name's letters and digits&gt;-&lt;ID&gt;.xaml, as unpacked exports name it.</summary>
    public static string XamlFileName(string name, Guid id) =>
        $"{string.Concat(name.Where(c => char.IsAsciiLetterOrDigit(c) || c == '_'))}-{id.ToString().ToUpperInvariant()}.xaml";

    /// <summary>A global action: category 3, real-time (Mode 1), in the caller's transaction, its message named by UniqueName.</summary>
    public static XElement Action(Guid id, ProcessAction action, string description, string xamlPath, string introducedVersion) =>
        Create(id, action.DisplayName, description, xamlPath, introducedVersion, ActionCategory, mode: 1, onDemand: false, primaryEntity: "none", uniqueName: action.UniqueName);

    /// <summary>An on-demand background workflow on a table (category 0, Mode 0), its finished jobs deleted.</summary>
    public static XElement OnDemand(Guid id, OnDemandWorkflow workflow, string xamlPath, string introducedVersion) =>
        Create(id, workflow.Name, workflow.Description, xamlPath, introducedVersion, WorkflowCategory, mode: 0, onDemand: true, primaryEntity: workflow.Table, uniqueName: null);

    private static XElement Create(Guid id, string name, string description, string xamlPath, string introducedVersion, int category, int mode, bool onDemand, string primaryEntity, string? uniqueName) =>
        new(
            "Workflow",
            new XAttribute("WorkflowId", StepXml.Braced(id.ToString())),
            new XAttribute("Name", name),
            SolutionXml.XsiDeclaration,
            new XElement("XamlFileName", xamlPath),
            new XElement("Type", "1"), // definition
            new XElement("Subprocess", "0"),
            new XElement("Category", category),
            new XElement("Mode", mode),
            new XElement("Scope", "4"), // organization
            new XElement("OnDemand", SolutionXml.Flag(onDemand)),
            new XElement("TriggerOnCreate", "0"),
            new XElement("TriggerOnDelete", "0"),
            new XElement("AsyncAutodelete", SolutionXml.Flag(mode == 0)),
            new XElement("SyncWorkflowLogOnFailure", "1"),
            new XElement("StateCode", "1"),
            new XElement("StatusCode", "2"),
            new XElement("RunAs", "1"), // the calling user
            new XElement("IsTransacted", "1"),
            new XElement("IntroducedVersion", introducedVersion),
            new XElement("IsCustomizable", "1"),
            uniqueName is null ? null : new XElement("UniqueName", uniqueName),
            new XElement("BusinessProcessType", "0"),
            new XElement("IsCustomProcessingStepAllowedForOtherPublishers", "1"),
            new XElement("PrimaryEntity", primaryEntity),
            new XElement("LocalizedNames", SolutionXml.Label("LocalizedName", name)),
            new XElement("Descriptions", SolutionXml.Label("Description", description)));
}

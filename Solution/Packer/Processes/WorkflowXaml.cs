using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using DualWrite.SolutionPacker.Assemblies;

namespace DualWrite.SolutionPacker.Processes;

/// <summary>
/// The XAML definition (Workflows/&lt;name&gt;-&lt;id&gt;.xaml) of a process that runs one custom workflow activity, in the
/// shape the classic designer writes: the XrmWorkflow&lt;id&gt; class with its InputEntities and CreatedEntities members,
/// an action's parameters as further x:Property members carrying the Microsoft.Xrm.Sdk.Workflow argument attributes
/// (MicrosoftDocs/powerapps-docs, "Create your own actions", XAML of an action's arguments), and the step as a
/// Composite ActivityReference "CustomActivityStep1" around an ActivityReference that names the activity by assembly-
/// qualified name and binds its arguments by property name (x:Key), as exported workflows invoke custom activities
/// (the designer's shape recorded with an exported fixture in the public workflow tools behind find_string
/// "DisplayName=\"CustomActivityStep", a msdyncrmWorkflowTools.CheckUserInTeam step).
/// </summary>
internal static class WorkflowXaml
{
    private static readonly XNamespace Activities = "http://schemas.microsoft.com/netfx/2009/xaml/activities";
    private static readonly XNamespace X = "http://schemas.microsoft.com/winfx/2006/xaml";
    private static readonly XNamespace Mxsw = "clr-namespace:Microsoft.Xrm.Sdk.Workflow;assembly=Microsoft.Xrm.Sdk.Workflow, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
    private static readonly XNamespace Mxswa = "clr-namespace:Microsoft.Xrm.Sdk.Workflow.Activities;assembly=Microsoft.Xrm.Sdk.Workflow, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
    private static readonly XNamespace Sco = "clr-namespace:System.Collections.ObjectModel;assembly=mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089";
    private static readonly XNamespace Mva = "clr-namespace:Microsoft.VisualBasic.Activities;assembly=System.Activities, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";

    private const string CompositeActivity = "Microsoft.Crm.Workflow.Activities.Composite, Microsoft.Crm.Workflow, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
    private const string ConvertActivity = "Microsoft.Crm.Workflow.Activities.ConvertCrmXrmTypes, Microsoft.Crm.Workflow, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";
    private const string Step = "CustomActivityStep1";

    /// <summary>The XAML class name: XrmWorkflow and the process id without dashes.</summary>
    public static string ClassName(Guid workflowId) => "XrmWorkflow" + workflowId.ToString("N");

    /// <summary>An action: every activity argument is an action parameter of the same name, passed straight through.</summary>
    public static XElement ForAction(Guid workflowId, ShippedAssembly assembly, RegisteredType activity)
    {
        string owner = ClassName(workflowId);
        IEnumerable<XElement> parameters = activity.Arguments.Select(a => Parameter(a, activity));
        IEnumerable<XElement> bindings = activity.Arguments.Select(a => Binding(a, activity, $"[{a.Name}]"));
        return Document(owner, parameters, [], [Invocation(assembly, activity, bindings)]);
    }

    /// <summary>An on-demand workflow: each bound input argument read from a column of the workflow's record.</summary>
    public static XElement ForRecord(Guid workflowId, ShippedAssembly assembly, RegisteredType activity, OnDemandWorkflow workflow)
    {
        var variables = new List<XElement>();
        var reads = new List<XElement>();
        var bindings = new List<XElement>();
        int index = 0;
        foreach (ActivityArgument argument in activity.Arguments.Where(a => a.IsInput && workflow.InputColumns.ContainsKey(a.Name)))
        {
            string value = $"{Step}_{++index}";
            string converted = value + "_converted";
            string type = XamlTypes.Of(argument.ValueType, $"{activity.FullName}.{argument.Name}");
            variables.Add(Variable(value));
            variables.Add(Variable(converted));
            reads.Add(new XElement(
                Mxswa + "GetEntityProperty",
                new XAttribute("Attribute", workflow.InputColumns[argument.Name]),
                new XAttribute("Entity", "[InputEntities(\"primaryEntity\")]"),
                new XAttribute("EntityName", workflow.Table),
                new XAttribute("Value", $"[{value}]"),
                new XElement(Mxswa + "GetEntityProperty.TargetType", TypeArgument(type))));
            reads.Add(new XElement(
                Mxswa + "ActivityReference",
                new XAttribute("AssemblyQualifiedName", ConvertActivity),
                new XAttribute("DisplayName", "ConvertCrmXrmTypes"),
                new XElement(
                    Mxswa + "ActivityReference.Arguments",
                    new XElement(Activities + "InArgument", new XAttribute(X + "TypeArguments", "x:Object"), new XAttribute(X + "Key", "Value"), $"[{value}]"),
                    TypeArgument(type, key: "TargetType"),
                    new XElement(Activities + "OutArgument", new XAttribute(X + "TypeArguments", "x:Object"), new XAttribute(X + "Key", "Result"), $"[{converted}]"))));
            bindings.Add(Binding(argument, activity, $"[DirectCast({converted}, {argument.ValueType})]"));
        }

        return Document(ClassName(workflowId), [], variables, [.. reads, Invocation(assembly, activity, bindings)]);
    }

    private static XElement Document(string className, IEnumerable<XElement> parameters, IEnumerable<XElement> variables, IEnumerable<XElement> steps)
    {
        XNamespace self = "clr-namespace:";
        return new XElement(
            Activities + "Activity",
            new XAttribute(X + "Class", className),
            new XAttribute("xmlns", Activities.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mva", Mva.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mxs", "clr-namespace:Microsoft.Xrm.Sdk;assembly=Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35"),
            new XAttribute(XNamespace.Xmlns + "mxsw", Mxsw.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "mxswa", Mxswa.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "s", "clr-namespace:System;assembly=mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"),
            new XAttribute(XNamespace.Xmlns + "scg", "clr-namespace:System.Collections.Generic;assembly=mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"),
            new XAttribute(XNamespace.Xmlns + "sco", Sco.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "srs", "clr-namespace:System.Runtime.Serialization;assembly=System.Runtime.Serialization, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"),
            new XAttribute(XNamespace.Xmlns + "this", self.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "x", X.NamespaceName),
            new XElement(
                X + "Members",
                EntitiesMember("InputEntities"),
                EntitiesMember("CreatedEntities"),
                parameters),
            EntitiesValue(self, className, "InputEntities"),
            EntitiesValue(self, className, "CreatedEntities"),
            new XElement(Mva + "VisualBasic.Settings", "Assembly references and imported namespaces for internal implementation"),
            new XElement(
                Mxswa + "Workflow",
                new XElement(
                    Mxswa + "ActivityReference",
                    new XAttribute("AssemblyQualifiedName", CompositeActivity),
                    new XAttribute("DisplayName", Step),
                    new XElement(
                        Mxswa + "ActivityReference.Properties",
                        new XElement(Sco + "Collection", new XAttribute(X + "TypeArguments", "Variable"), new XAttribute(X + "Key", "Variables"), variables),
                        new XElement(Sco + "Collection", new XAttribute(X + "TypeArguments", "Activity"), new XAttribute(X + "Key", "Activities"), steps)))));
    }

    private static XElement EntitiesMember(string name) =>
        new(X + "Property", new XAttribute("Name", name), new XAttribute("Type", "InArgument(scg:IDictionary(x:String, mxs:Entity))"));

    private static XElement EntitiesValue(XNamespace self, string className, string name) =>
        new(self + $"{className}.{name}", new XElement(Activities + "InArgument", new XAttribute(X + "TypeArguments", "scg:IDictionary(x:String, mxs:Entity)")));

    /// <summary>An action parameter: an x:Property member with the argument attributes the platform reads the action's signature from.</summary>
    private static XElement Parameter(ActivityArgument argument, RegisteredType activity)
    {
        string type = XamlTypes.Of(argument.ValueType, $"{activity.FullName}.{argument.Name}");
        return new XElement(
            X + "Property",
            new XAttribute("Name", argument.Name),
            new XAttribute("Type", $"{(argument.IsInput ? "InArgument" : "OutArgument")}({type})"),
            new XElement(
                X + "Property.Attributes",
                new XElement(Mxsw + "ArgumentRequiredAttribute", new XAttribute("Value", argument.IsInput && argument.IsRequired ? "True" : "False")),
                new XElement(Mxsw + "ArgumentTargetAttribute", new XAttribute("Value", "False")),
                new XElement(Mxsw + "ArgumentDescriptionAttribute", new XAttribute("Value", argument.Label)),
                new XElement(Mxsw + "ArgumentDirectionAttribute", new XAttribute("Value", argument.IsInput ? "Input" : "Output")),
                new XElement(Mxsw + "ArgumentEntityAttribute", new XAttribute("Value", ""))));
    }

    private static XElement Invocation(ShippedAssembly assembly, RegisteredType activity, IEnumerable<XElement> bindings) =>
        new(
            Mxswa + "ActivityReference",
            new XAttribute("AssemblyQualifiedName", assembly.AssemblyQualifiedName(activity)),
            new XAttribute("DisplayName", $"{Step}: {activity.FriendlyName}"),
            new XElement(Mxswa + "ActivityReference.Arguments", bindings));

    private static XElement Binding(ActivityArgument argument, RegisteredType activity, string expression) =>
        new(
            Activities + (argument.IsInput ? "InArgument" : "OutArgument"),
            new XAttribute(X + "TypeArguments", XamlTypes.Of(argument.ValueType, $"{activity.FullName}.{argument.Name}")),
            new XAttribute(X + "Key", argument.Name),
            expression);

    private static XElement Variable(string name) =>
        new(Activities + "Variable", new XAttribute(X + "TypeArguments", "x:Object"), new XAttribute("Name", name));

    private static XElement TypeArgument(string type, string? key = null) =>
        new(
            Activities + "InArgument",
            new XAttribute(X + "TypeArguments", "s:Type"),
            key is null ? null : new XAttribute(X + "Key", key),
            new XElement(Mxswa + "ReferenceLiteral", new XAttribute(X + "TypeArguments", "s:Type"), new XAttribute("Value", type)));
}

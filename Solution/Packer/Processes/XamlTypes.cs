using System.Collections.Generic;
using System.IO;

namespace DualWrite.SolutionPacker.Processes;

/// <summary>
/// How a process's XAML names an argument's type: the types custom workflow activities may take (learn.microsoft.com,
/// "Workflow extensions", supported argument types), with the prefixes the exported XAML declares (x: XAML 2006 for
/// the primitives, s: mscorlib for DateTime, mxs: Microsoft.Xrm.Sdk).
/// </summary>
internal static class XamlTypes
{
    private static readonly Dictionary<string, string> s_names = new()
    {
        ["System.String"] = "x:String",
        ["System.Boolean"] = "x:Boolean",
        ["System.Int32"] = "x:Int32",
        ["System.Decimal"] = "x:Decimal",
        ["System.Double"] = "x:Double",
        ["System.DateTime"] = "s:DateTime",
        ["Microsoft.Xrm.Sdk.Money"] = "mxs:Money",
        ["Microsoft.Xrm.Sdk.EntityReference"] = "mxs:EntityReference",
        ["Microsoft.Xrm.Sdk.OptionSetValue"] = "mxs:OptionSetValue",
    };

    public static string Of(string clrType, string argumentOwner) =>
        s_names.TryGetValue(clrType, out string? name)
            ? name
            : throw new InvalidDataException($"{argumentOwner} is of type {clrType}, which no workflow process can pass; use one of {string.Join(", ", s_names.Keys)}.");
}

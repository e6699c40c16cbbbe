using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Common;

/// <summary>Names an execution the way a Dataverse user and an administrator reading the trace log need it named.</summary>
internal static class ExecutionDescription
{
    /// <summary>"Update of msdyn_project 5f0c…" (or "Update of msdyn_project" when there is no record yet).</summary>
    public static string Operation(IExecutionContext context)
    {
        string table = string.IsNullOrEmpty(context.PrimaryEntityName) ? "(no table)" : context.PrimaryEntityName;
        string record = context.PrimaryEntityId == Guid.Empty ? "" : " " + context.PrimaryEntityId.ToString("D", CultureInfo.InvariantCulture);
        return $"{context.MessageName} of {table}{record}";
    }

    public static string Failure(string component, string operation, Guid correlationId, string reason) =>
        $"{component} failed on {operation}: {reason} (correlation id {correlationId:D})";
}

using System;
using System.Linq;
using DualWrite.Testing.Faults;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>The Targets of CreateMultiple and UpdateMultiple: records of the one table the collection names.</summary>
internal static class MultipleTargets
{
    public static EntityCollection Of(OrganizationRequest request)
    {
        var targets = request.Parameters.TryGetValue("Targets", out object? value) && value is EntityCollection { Entities.Count: > 0 } collection
            ? collection
            : throw DataverseFault.InvalidArgument($"{request.RequestName} needs Targets holding at least one record.");
        string table = targets.EntityName ?? throw DataverseFault.InvalidArgument($"{request.RequestName} needs Targets.EntityName, the table of its records.");
        Entity? stranger = targets.Entities.FirstOrDefault(e => !string.Equals(e.LogicalName, table, StringComparison.Ordinal));
        return stranger is null
            ? targets
            : throw DataverseFault.InvalidArgument($"{request.RequestName} on {table} holds a {stranger.LogicalName} record; all records must be of {table}.");
    }
}

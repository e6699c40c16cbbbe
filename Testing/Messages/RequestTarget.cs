using System;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Messages;

/// <summary>The Target parameter of a request, of the type its message needs, or the fault saying what is missing.</summary>
internal static class RequestTarget
{
    public static Entity Record(OrganizationRequest request) =>
        request.Parameters.TryGetValue("Target", out object? target) && target is Entity entity
            ? entity
            : throw DataverseFault.InvalidArgument($"{request.RequestName} needs a Target record.");

    public static EntityReference Reference(OrganizationRequest request) =>
        request.Parameters.TryGetValue("Target", out object? target) && target is EntityReference reference
            ? reference
            : throw DataverseFault.InvalidArgument($"{request.RequestName} needs a Target reference.");

    /// <summary>The table and id of an existing row a reference names (by id or alternate key).</summary>
    public static (TableSchema Table, Guid Id) Existing(EntityReference reference, MessageExecution execution)
    {
        TableSchema table = execution.Organization.Schema.Table(reference.LogicalName);
        return (table, RecordLocator.Require(execution.Organization.Store, table, reference.Id, reference.KeyAttributes));
    }

    /// <summary>What a request whose Target is a reference to an existing row is about.</summary>
    public static MessageTarget DescribeExisting(OrganizationRequest request, MessageExecution execution)
    {
        var (table, id) = Existing(Reference(request), execution);
        return new MessageTarget(table, id);
    }
}

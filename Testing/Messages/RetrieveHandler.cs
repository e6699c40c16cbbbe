using System;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Query;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Messages;

/// <summary>Retrieve: a copy of the row with the asked columns (and its id); an unknown column is the platform's fault.</summary>
internal sealed class RetrieveHandler : IMessageHandler
{
    public string MessageName => "Retrieve";

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution) => RequestTarget.DescribeExisting(request, execution);

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        InMemoryOrganization organization = execution.Organization;
        var (table, id) = RequestTarget.Existing(RequestTarget.Reference(request), execution);
        ColumnSet columns = request.Parameters.TryGetValue("ColumnSet", out object? value) && value is ColumnSet set
            ? set
            : throw DataverseFault.InvalidArgument($"Retrieve of {table.LogicalName} needs a ColumnSet.");
        Entity row = organization.Store.Find(table.LogicalName, id)!;
        var response = new RetrieveResponse();
        response.Results["Entity"] = ResultProjection.Project(new JoinedRow(table.LogicalName, row, 0), table, columns, []);
        return response;
    }
}

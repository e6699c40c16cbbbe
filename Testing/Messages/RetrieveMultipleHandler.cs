using System;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Testing.Messages;

/// <summary>RetrieveMultiple over a QueryExpression or a QueryByAttribute.</summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    public string MessageName => "RetrieveMultiple";

    public bool HasPipeline => true;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution) =>
        new(execution.Organization.Schema.Table(Expression(request).EntityName), Guid.Empty);

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        var response = new RetrieveMultipleResponse();
        response.Results["EntityCollection"] = execution.Organization.Queries.Run(Expression(request), execution.UserId);
        return response;
    }

    private static QueryExpression Expression(OrganizationRequest request) =>
        request.Parameters.TryGetValue("Query", out object? query) ? query switch
        {
            QueryExpression expression => expression,
            QueryByAttribute byAttribute => QueryByAttributeTranslator.Translate(byAttribute),
            null => throw DataverseFault.InvalidArgument("RetrieveMultiple needs a Query."),
            _ => throw DataverseFault.InvalidArgument($"The in-memory organization runs QueryExpression and QueryByAttribute, not {query.GetType().Name}."),
        }
        : throw DataverseFault.InvalidArgument("RetrieveMultiple needs a Query.");
}

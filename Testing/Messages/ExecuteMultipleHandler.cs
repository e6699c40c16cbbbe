using System;
using System.ServiceModel;
using DualWrite.Testing.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DualWrite.Testing.Messages;

/// <summary>ExecuteMultiple: each request on its own, in its own transaction, in order; a fault stops the run unless ContinueOnError.</summary>
internal sealed class ExecuteMultipleHandler : IMessageHandler
{
    public string MessageName => "ExecuteMultiple";

    public bool HasPipeline => false;

    public MessageTarget Describe(OrganizationRequest request, MessageExecution execution) => new(null, Guid.Empty);

    public OrganizationResponse Handle(OrganizationRequest request, MessageExecution execution)
    {
        var batch = (ExecuteMultipleRequest)Typed(request);
        ExecuteMultipleSettings settings = batch.Settings ?? throw DataverseFault.InvalidArgument("ExecuteMultiple needs Settings (ContinueOnError, ReturnResponses).");
        OrganizationRequestCollection requests = batch.Requests ?? throw DataverseFault.InvalidArgument("ExecuteMultiple needs Requests.");
        var responses = new ExecuteMultipleResponseItemCollection();
        bool faulted = false;
        for (int i = 0; i < requests.Count; i++)
        {
            if (requests[i] is ExecuteMultipleRequest)
            {
                throw DataverseFault.InvalidArgument($"Request {i} of ExecuteMultiple is itself an ExecuteMultiple, which the platform refuses.");
            }

            try
            {
                OrganizationResponse response = execution.Organization.Execute(requests[i], execution.Caller);
                if (settings.ReturnResponses)
                {
                    responses.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Response = response });
                }
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                faulted = true;
                responses.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Fault = fault.Detail });
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
        }

        var result = new ExecuteMultipleResponse();
        result.Results["Responses"] = responses;
        result.Results["IsFaulted"] = faulted;
        return result;
    }

    private static OrganizationRequest Typed(OrganizationRequest request)
    {
        if (request is ExecuteMultipleRequest)
        {
            return request;
        }

        var typed = new ExecuteMultipleRequest();
        foreach (var parameter in request.Parameters)
        {
            typed.Parameters[parameter.Key] = parameter.Value;
        }

        return typed;
    }
}

using System;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Common;

/// <summary>
/// Where the platform hands over to our code: traces entry and exit with the correlation id and the elapsed
/// time, and turns any failure into the InvalidPluginExecutionException the platform shows the user, with a
/// message that names the component, the message, the table and the record.
/// </summary>
internal static class ExecutionBoundary
{
    public static void Run(string component, IExecutionContext context, ElapsedTimeTracingService tracing, Action body)
    {
        string operation = ExecutionDescription.Operation(context);
        tracing.Trace(
            "Entered {0}: {1}, depth {2}, mode {3}, correlation id {4:D}, initiating user {5:D}",
            component, operation, context.Depth, context.Mode, context.CorrelationId, context.InitiatingUserId);
        try
        {
            body();
        }
        catch (InvalidPluginExecutionException e)
        {
            // Already worded for the user by the code that threw it.
            tracing.Trace("{0} refused {1}: {2}", component, operation, e.Message);
            throw;
        }
        catch (FaultException<OrganizationServiceFault> e)
        {
            string reason = string.Format(CultureInfo.InvariantCulture, "Dataverse refused a request: {0} (error 0x{1:X8})", e.Detail.Message, e.Detail.ErrorCode);
            throw Translate(component, operation, context, tracing, reason, e);
        }
        catch (Exception e)
        {
            throw Translate(component, operation, context, tracing, $"{e.Message} ({e.GetType().FullName})", e);
        }
        finally
        {
            tracing.Trace("Exited {0} after {1:0.0} ms", component, tracing.ElapsedMilliseconds);
        }
    }

    private static InvalidPluginExecutionException Translate(string component, string operation, IExecutionContext context, ElapsedTimeTracingService tracing, string reason, Exception cause)
    {
        string message = ExecutionDescription.Failure(component, operation, context.CorrelationId, reason);
        tracing.Trace("{0}\n{1}", message, cause);
        return new InvalidPluginExecutionException(message, cause);
    }
}

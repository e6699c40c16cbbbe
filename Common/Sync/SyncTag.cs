using Microsoft.Xrm.Sdk;

namespace DualWrite.Common.Sync;

/// <summary>
/// How the solution marks its own writes so the outbound plug-ins do not send them back to Finance: the request's
/// optional "tag" parameter, which the platform hands every step of that request as a read-only shared variable
/// (plug-in docs, "Add a shared variable from the Organization service").
/// </summary>
internal static class SyncTag
{
    /// <summary>The optional request parameter and shared variable that carries the tag.</summary>
    public const string Parameter = "tag";

    /// <summary>A write that came from Finance: a confirmation, a write-back or an imported Finance document.</summary>
    public const string Inbound = "DualWrite.Inbound";

    /// <summary>Tags the request as an inbound write.</summary>
    public static T MarkInbound<T>(T request)
        where T : OrganizationRequest
    {
        request[Parameter] = Inbound;
        return request;
    }

    /// <summary>Whether the execution, or an operation that led to it, was tagged as an inbound write.</summary>
    public static bool IsInbound(IPluginExecutionContext? context)
    {
        for (; context is not null; context = context.ParentContext)
        {
            if (context.SharedVariables is { } shared && shared.TryGetValue(Parameter, out object? tag) && tag as string == Inbound)
            {
                return true;
            }
        }

        return false;
    }
}

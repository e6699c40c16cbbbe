using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Services;

/// <summary>A context a plug-in posted to a service endpoint (a copy, taken when it was posted).</summary>
public sealed record EndpointNotification(EntityReference ServiceEndpoint, IExecutionContext Context);

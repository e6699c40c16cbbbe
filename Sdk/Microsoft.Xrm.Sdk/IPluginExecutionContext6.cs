using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the environment and tenant the operation runs in.</summary>
public interface IPluginExecutionContext6 : IPluginExecutionContext5
{
    string EnvironmentId { get; }

    Guid TenantId { get; }
}

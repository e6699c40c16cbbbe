using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the Microsoft Entra identities of the users and the Power Pages caller.</summary>
public interface IPluginExecutionContext2 : IPluginExecutionContext
{
    Guid UserAzureActiveDirectoryObjectId { get; }

    Guid InitiatingUserAzureActiveDirectoryObjectId { get; }

    Guid InitiatingUserApplicationId { get; }

    Guid PortalsContactId { get; }

    bool IsPortalsClientCall { get; }
}

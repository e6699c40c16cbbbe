using System;
using DualWrite.Testing.Pipeline;

namespace DualWrite.Testing;

/// <summary>The fixed ids of the in-memory organization: itself, its root business unit, SYSTEM and the user tests act as.</summary>
public sealed class OrganizationIdentity
{
    public Guid OrganizationId { get; } = Guid.NewGuid();

    public string OrganizationName { get; } = "inmemory";

    public Guid BusinessUnitId { get; } = Guid.NewGuid();

    /// <summary>SYSTEM: who runs a service created with CreateOrganizationService(null).</summary>
    public Guid SystemUserId { get; } = Guid.NewGuid();

    /// <summary>The user GetOrganizationService() acts as, unless a test asks for another.</summary>
    public Guid CallerUserId { get; } = Guid.NewGuid();

    public Guid TenantId { get; } = Guid.NewGuid();

    public string EnvironmentId { get; } = Guid.NewGuid().ToString();

    /// <summary>Stamps a context with this organization and the users it runs as.</summary>
    internal T Describe<T>(T context, Guid userId, Guid initiatingUserId)
        where T : SettableExecutionContext
    {
        context.UserId = userId;
        context.InitiatingUserId = initiatingUserId;
        context.BusinessUnitId = BusinessUnitId;
        context.OrganizationId = OrganizationId;
        context.OrganizationName = OrganizationName;
        if (context is PluginExecutionContext plugin)
        {
            plugin.AuthenticatedUserId = initiatingUserId;
            plugin.TenantId = TenantId;
            plugin.EnvironmentId = EnvironmentId;
        }

        return context;
    }
}

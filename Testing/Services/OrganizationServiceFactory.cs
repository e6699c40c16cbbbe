using System;
using DualWrite.Testing.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Services;

/// <summary>
/// The factory an execution gets: services for any user id (null is SYSTEM), each carrying the execution's
/// initiating user, depth, correlation id and context on to the requests it makes.
/// </summary>
public sealed class OrganizationServiceFactory : IOrganizationServiceFactory
{
    private readonly InMemoryOrganization _organization;
    private readonly IExecutionContext _context;

    internal OrganizationServiceFactory(InMemoryOrganization organization, IExecutionContext context)
    {
        _organization = organization;
        _context = context;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new OrganizationService(_organization, Caller.From(_context, userId, _organization.Identity.SystemUserId));
}

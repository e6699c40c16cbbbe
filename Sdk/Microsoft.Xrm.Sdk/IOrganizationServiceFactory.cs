using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Creates organization services that act as a given user.</summary>
public interface IOrganizationServiceFactory
{
    // A null userId gives a service acting as SYSTEM.
    IOrganizationService CreateOrganizationService(Guid? userId);
}

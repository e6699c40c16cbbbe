using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Tests.Support.Doubles;

internal sealed class UserBoundOrganizationServiceFactory : IOrganizationServiceFactory
{
    public IOrganizationService CreateOrganizationService(Guid? userId) => new UserBoundOrganizationService(userId);
}

using System;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Acquires access tokens for the managed identity associated with the plug-in package.</summary>
public interface IManagedIdentityService
{
    string AcquireToken(IEnumerable<string> scopes);

    string AcquireToken(Guid managedIdentityId, IEnumerable<string> scopes);
}

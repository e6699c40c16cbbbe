using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Identity;

/// <summary>
/// Tokens of the managed identity Dataverse binds to the plug-in assembly, through the platform's
/// IManagedIdentityService: no secret is configured anywhere. The platform caches the tokens.
/// </summary>
public sealed class ManagedIdentityTokenProvider : ITokenProvider
{
    private readonly IManagedIdentityService _service;

    public ManagedIdentityTokenProvider(IManagedIdentityService? service)
    {
        _service = service ?? throw new TokenAcquisitionException(
            "The managed identity was chosen for Finance, but this environment provides no IManagedIdentityService: bind a managed identity to the plug-in assembly or configure a client credential.");
    }

    public string AcquireToken(string scope)
    {
        string? token;
        try
        {
            token = _service.AcquireToken([scope]);
        }
        catch (Exception e)
        {
            throw new TokenAcquisitionException($"The managed identity could not get a token for scope '{scope}': {e.Message}", e);
        }

        return string.IsNullOrEmpty(token)
            ? throw new TokenAcquisitionException($"The managed identity returned no token for scope '{scope}'.")
            : token!;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Services;

/// <summary>
/// The managed identity bound to the plug-in assembly, as a test programs it: what token to hand out (or what to
/// throw), and the requests it received. Until programmed it refuses, as an environment without a managed identity does.
/// </summary>
public sealed class FakeManagedIdentityService : IManagedIdentityService
{
    private readonly List<TokenRequest> _requests = [];
    private Func<TokenRequest, string> _issue = request =>
        throw new InvalidPluginExecutionException($"No managed identity is bound to the plug-in assembly (asked for {string.Join(", ", request.Scopes)}).");

    public IReadOnlyList<TokenRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    /// <summary>Hands out this token for any scope.</summary>
    public FakeManagedIdentityService Returns(string token) => IssuesWith(_ => token);

    /// <summary>Computes the token (or throws) per request.</summary>
    public FakeManagedIdentityService IssuesWith(Func<TokenRequest, string> issue)
    {
        _issue = issue ?? throw new ArgumentNullException(nameof(issue));
        return this;
    }

    /// <summary>Fails every request with this exception.</summary>
    public FakeManagedIdentityService Throws(Exception error) => IssuesWith(_ => throw error);

    public string AcquireToken(IEnumerable<string> scopes) => Issue(new TokenRequest(scopes.ToArray(), null));

    public string AcquireToken(Guid managedIdentityId, IEnumerable<string> scopes) => Issue(new TokenRequest(scopes.ToArray(), managedIdentityId));

    private string Issue(TokenRequest request)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }

        return _issue(request);
    }
}

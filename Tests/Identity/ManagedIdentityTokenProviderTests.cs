using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Identity;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.Identity;

public sealed class ManagedIdentityTokenProviderTests
{
    [Fact]
    public void AsksThePlatformForTheScopeAndReturnsItsToken()
    {
        var platform = new ScriptedManagedIdentity(scopes => "token-for-" + string.Join(" ", scopes));

        string token = new ManagedIdentityTokenProvider(platform).AcquireToken("https://contoso.operations.dynamics.com/.default");

        Assert.Equal("token-for-https://contoso.operations.dynamics.com/.default", token);
    }

    [Fact]
    public void WithoutTheServiceItSaysWhatToConfigure()
    {
        TokenAcquisitionException e = Assert.Throws<TokenAcquisitionException>(() => new ManagedIdentityTokenProvider(null));

        Assert.Contains("no IManagedIdentityService", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APlatformFailureNamesTheScope()
    {
        var platform = new ScriptedManagedIdentity(_ => throw new InvalidOperationException("No managed identity is bound to the assembly."));

        TokenAcquisitionException e = Assert.Throws<TokenAcquisitionException>(() => new ManagedIdentityTokenProvider(platform).AcquireToken("https://f/.default"));

        Assert.Equal("The managed identity could not get a token for scope 'https://f/.default': No managed identity is bound to the assembly.", e.Message);
    }

    [Fact]
    public void AnEmptyTokenIsAnError()
    {
        var platform = new ScriptedManagedIdentity(_ => "");

        Assert.Throws<TokenAcquisitionException>(() => new ManagedIdentityTokenProvider(platform).AcquireToken("https://f/.default"));
    }

    private sealed class ScriptedManagedIdentity : IManagedIdentityService
    {
        private readonly Func<IReadOnlyList<string>, string> _answer;

        public ScriptedManagedIdentity(Func<IReadOnlyList<string>, string> answer)
        {
            _answer = answer;
        }

        public string AcquireToken(IEnumerable<string> scopes) => _answer(scopes.ToArray());

        public string AcquireToken(Guid managedIdentityId, IEnumerable<string> scopes) =>
            throw new InvalidOperationException("The provider uses the identity bound to the assembly, not one named by id.");
    }
}

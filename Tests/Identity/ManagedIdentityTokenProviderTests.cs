using System;
using DualWrite.Plugins.Identity;
using DualWrite.Testing.Services;
using Xunit;

namespace DualWrite.Tests.Identity;

public sealed class ManagedIdentityTokenProviderTests
{
    [Fact]
    public void AsksThePlatformForTheScopeAndReturnsItsToken()
    {
        var platform = new FakeManagedIdentityService().IssuesWith(request => "token-for-" + string.Join(" ", request.Scopes));

        string token = new ManagedIdentityTokenProvider(platform).AcquireToken("https://contoso.operations.dynamics.com/.default");

        Assert.Equal("token-for-https://contoso.operations.dynamics.com/.default", token);
        Assert.Null(Assert.Single(platform.Requests).ManagedIdentityId); // the identity bound to the assembly, not one named by id
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
        var platform = new FakeManagedIdentityService().Throws(new InvalidOperationException("No managed identity is bound to the assembly."));

        TokenAcquisitionException e = Assert.Throws<TokenAcquisitionException>(() => new ManagedIdentityTokenProvider(platform).AcquireToken("https://f/.default"));

        Assert.Equal("The managed identity could not get a token for scope 'https://f/.default': No managed identity is bound to the assembly.", e.Message);
    }

    [Fact]
    public void AnEmptyTokenIsAnError()
    {
        var platform = new FakeManagedIdentityService().Returns("");

        Assert.Throws<TokenAcquisitionException>(() => new ManagedIdentityTokenProvider(platform).AcquireToken("https://f/.default"));
    }
}

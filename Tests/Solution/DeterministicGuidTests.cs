using System;
using DualWrite.SolutionPacker.Identity;
using Xunit;

namespace DualWrite.Tests.Solution;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void MatchesTheVersion5IdsOfOtherImplementations()
    {
        // uuid5(NAMESPACE_DNS, "python.org") in Python's uuid module.
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), DeterministicGuid.Create(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
    }

    [Fact]
    public void TheSameNameGivesTheSameIdAndAnotherNameAnother()
    {
        Assert.Equal(DeterministicGuid.For("sdkmessageprocessingstep/a"), DeterministicGuid.For("sdkmessageprocessingstep/a"));
        Assert.NotEqual(DeterministicGuid.For("sdkmessageprocessingstep/a"), DeterministicGuid.For("sdkmessageprocessingstep/b"));
        Assert.Equal(5, DeterministicGuid.For("x").Version);
    }
}

using System.Activities;

namespace DualWrite.Tests.Solution.Fixtures;

/// <summary>A workflow activity without attributes: it gets a readable name and the solution's group.</summary>
public sealed class UngroupedFixtureActivity : CodeActivity
{
    protected override void Execute(CodeActivityContext context)
    {
    }
}

using System.Activities;
using System.ComponentModel;

namespace DualWrite.Tests.Solution.Fixtures;

/// <summary>A workflow activity with a friendly name and a designer group.</summary>
[DisplayName("Apply fixture confirmation")]
[Description("Applies a fixture confirmation from Finance.")]
[Category("Fixture activities")]
public sealed class GroupedFixtureActivity : CodeActivity
{
    protected override void Execute(CodeActivityContext context)
    {
    }
}

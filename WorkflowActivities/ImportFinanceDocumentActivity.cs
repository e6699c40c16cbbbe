using System.Activities;
using System.ComponentModel;
using DualWrite.WorkflowActivities.Imports;
using DualWrite.WorkflowActivities.Writes;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.WorkflowActivities;

/// <summary>
/// Imports a document Finance masters (expense categories, posted expenses, vendor invoices and their lines) from a
/// JSON payload, upserting each record by its natural key. Anything missing or malformed refuses the whole payload.
/// </summary>
[DisplayName("Import Finance document")]
[Description("Upserts Finance-mastered expense categories, posted expenses and vendor invoices with their lines from a JSON payload; refuses the whole payload, naming every problem, when anything is missing or malformed.")]
[Category(ActivityGroup.Name)]
public sealed class ImportFinanceDocumentActivity : CodeActivityBase
{
    [Input("Finance document (JSON)")]
    [RequiredArgument]
    public InArgument<string> Document { get; set; } = new();

    [Output("Records created")]
    public OutArgument<int> Created { get; set; } = new();

    [Output("Records updated")]
    public OutArgument<int> Updated { get; set; } = new();

    [Output("Message")]
    public OutArgument<string> Message { get; set; } = new();

    protected override void ExecuteActivity(LocalActivityContext context)
    {
        TransactionGuard.Require(context.WorkflowContext, "Import Finance document");
        ImportOutcome outcome = FinanceDocumentImporter.Import(context.OrganizationService, Document.Get(context.ActivityContext));
        context.Trace("{0}", outcome.Message);
        Created.Set(context.ActivityContext, outcome.Created);
        Updated.Set(context.ActivityContext, outcome.Updated);
        Message.Set(context.ActivityContext, outcome.Message);
    }
}

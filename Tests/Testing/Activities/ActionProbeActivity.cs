using System;
using System.Activities;
using DualWrite.Common.Tables;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.Tests.Testing.Activities;

/// <summary>Queues an outbox row named by its input, reports what its workflow context says, and refuses the name "fail" after writing.</summary>
public sealed class ActionProbeActivity : CodeActivity
{
    [Input("Name")]
    [RequiredArgument]
    public InArgument<string> Name { get; set; } = new();

    [Input("Attempts")]
    public InArgument<int> Attempts { get; set; } = new();

    [Output("Context")]
    public OutArgument<string> Context { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
        var workflow = context.GetExtension<IWorkflowContext>()!;
        string name = Name.Get(context);
        Entity row = OutboxTable.PendingChange(name, "probe:" + name, "probe", "msdyn_project", Guid.NewGuid(), OutboxTable.Operation.Upsert, workflow.CorrelationId);
        row[OutboxTable.Columns.Attempts] = Attempts.Get(context);
        context.GetExtension<IOrganizationServiceFactory>()!.CreateOrganizationService(workflow.UserId).Create(row);
        if (name == "fail")
        {
            throw new InvalidPluginExecutionException("The probe was told to fail.");
        }

        Context.Set(context, $"{workflow.MessageName} mode {workflow.Mode} in transaction {workflow.IsInTransaction} depth {workflow.Depth} on {workflow.PrimaryEntityName}");
    }
}

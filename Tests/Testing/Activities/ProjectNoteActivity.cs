using System.Activities;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace DualWrite.Tests.Testing.Activities;

/// <summary>Writes its note onto the workflow's primary record, traces it, and refuses the note "fail" after writing it.</summary>
public sealed class ProjectNoteActivity : CodeActivity
{
    [Input("Note")]
    [RequiredArgument]
    public InArgument<string> Note { get; set; } = new();

    [Output("Echo")]
    public OutArgument<string> Echo { get; set; } = new();

    protected override void Execute(CodeActivityContext context)
    {
        var workflow = context.GetExtension<IWorkflowContext>()!;
        var factory = context.GetExtension<IOrganizationServiceFactory>()!;
        string note = Note.Get(context);
        factory.CreateOrganizationService(workflow.UserId).Update(new Entity(workflow.PrimaryEntityName, workflow.PrimaryEntityId) { ["dw_description"] = note });
        context.GetExtension<ITracingService>()!.Trace("noted {0}", note);
        if (note == "fail")
        {
            throw new InvalidPluginExecutionException("The note was refused.");
        }

        Echo.Set(context, $"{note} on {workflow.PrimaryEntityName} at depth {workflow.Depth}");
    }
}

using System;
using System.Linq;
using DualWrite.Plugins.Registration;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Messages;
using DualWrite.Testing.Schema;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// The event pipeline every request goes through, as on the platform: PreValidation outside the transaction; what
/// the platform does to related rows (Delete's cascades), PreOperation, the core operation and synchronous
/// PostOperation inside it; a failing synchronous step rolls back every write of the transaction and reaches the
/// caller as the platform's fault; asynchronous steps are queued when the transaction commits. A request nested
/// past the maximum depth is refused with the platform's loop fault.
/// </summary>
internal sealed class EventPipeline
{
    private readonly InMemoryOrganization _organization;

    public EventPipeline(InMemoryOrganization organization)
    {
        _organization = organization;
    }

    public OrganizationResponse Execute(OrganizationRequest request, Caller caller)
    {
        lock (_organization.SyncRoot)
        {
            try
            {
                IMessageHandler handler = _organization.Handlers.For(request.RequestName);
                return handler.HasPipeline
                    ? Run(handler, request, caller)
                    : handler.Handle(request, new MessageExecution(_organization, caller, null));
            }
            catch when (_organization.Store.Transaction is { } open)
            {
                // A failed operation aborts the transaction it ran in, even if the plug-in that called it catches the fault.
                open.Doom();
                throw;
            }
            finally
            {
                if (caller.IsUser)
                {
                    _organization.AsyncJobs.RunPendingIfAutomatic();
                }
            }
        }
    }

    private OrganizationResponse Run(IMessageHandler handler, OrganizationRequest request, Caller caller)
    {
        int depth = caller.ParentDepth + 1;
        if (depth > _organization.MaxDepth)
        {
            throw DataverseFault.InfiniteLoop();
        }

        RequireUser(caller.UserId);
        var own = new OrganizationRequest(handler.MessageName) { Parameters = ValueCopy.Of(request.Parameters), RequestId = request.RequestId };
        MessageTarget target = handler.Describe(own, new MessageExecution(_organization, caller, null));
        var run = new PipelineRun(_organization, handler.MessageName, own, caller, depth, target);

        run.CaptureBefore();
        RunStage(run, PipelineStage.PreValidation, inTransaction: _organization.Store.Transaction is not null);
        return Transactions.Run(_organization.Store, () =>
        {
            var core = new MessageExecution(_organization, caller, run.CoreContext());
            handler.ApplyToRelatedRows(own, core);
            run.CaptureBefore();
            RunStage(run, PipelineStage.PreOperation, inTransaction: true);
            OrganizationResponse response = handler.Handle(own, core);
            run.RecordOutputs(response);
            run.CaptureAfter();
            RunStage(run, PipelineStage.PostOperation, inTransaction: true);
            QueueAsynchronousSteps(run);
            return run.Response(response);
        });
    }

    private void RunStage(PipelineRun run, PipelineStage stage, bool inTransaction)
    {
        foreach (StepRegistration step in _organization.Steps.For(run.Message, run.TableName, stage).Where(s => s.Step.Mode == StepMode.Synchronous && Fires(s, run)))
        {
            PluginExecutionContext context = run.ContextFor(step, stage, inTransaction);
            try
            {
                StepInvoker.Invoke(_organization, step, context);
            }
            catch (Exception error)
            {
                throw DataverseFault.FromPlugin(error);
            }
        }
    }

    private void QueueAsynchronousSteps(PipelineRun run)
    {
        StoreTransaction transaction = _organization.Store.Transaction!;
        foreach (StepRegistration step in _organization.Steps.For(run.Message, run.TableName, PipelineStage.PostOperation).Where(s => s.Step.Mode == StepMode.Asynchronous && Fires(s, run)))
        {
            // The job runs later with a snapshot of this moment, outside any transaction and with no parent.
            PluginExecutionContext context = run.ContextFor(step, PipelineStage.PostOperation, inTransaction: false).Copy();
            context.ParentContext = null!;
            transaction.AfterCommit.Add(() => _organization.AsyncJobs.Enqueue(step, context));
        }
    }

    // An Update step with filtering attributes fires only when the Target holds one of them.
    private static bool Fires(StepRegistration step, PipelineRun run) =>
        step.Step.FilteringAttributes.Count == 0 || run.Message != "Update" || (run.Target is { } target && step.Step.FilteringAttributes.Any(target.Contains));

    private void RequireUser(Guid userId)
    {
        if (_organization.Store.Find(SystemTables.SystemUser, userId) is null)
        {
            throw DataverseFault.DoesNotExist(SystemTables.SystemUser, userId);
        }
    }
}

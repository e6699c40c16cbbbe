using System;
using System.Collections.Generic;
using System.ServiceModel;
using DualWrite.Testing.Faults;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// The asynchronous service: jobs run in the order their transactions committed, each with its own copy of the
/// captured context, outside any transaction. A step that throws InvalidPluginExecutionException with
/// OperationStatus.Retry is retried up to the limit; any other failure, or the last retry, marks the job Failed with
/// the fault's code and message. Every job is an asyncoperation row a test can query.
/// </summary>
internal sealed class AsyncJobQueue
{
    private readonly InMemoryOrganization _organization;
    private readonly Queue<AsyncJob> _pending = new();
    private bool _running;

    public AsyncJobQueue(InMemoryOrganization organization)
    {
        _organization = organization;
    }

    /// <summary>Whether jobs run as soon as the request that queued them returns to its caller (true), or when a test asks.</summary>
    public bool RunAutomatically { get; set; } = true;

    /// <summary>
    /// How often a job asking for a retry is run again before it is marked Failed: 3, as "the asynchronous service will
    /// attempt to run your plug-in four times" (learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions).
    /// </summary>
    public int MaximumRetries { get; set; } = 3;

    public int PendingCount => _pending.Count;

    public void Enqueue(StepRegistration step, PluginExecutionContext context)
    {
        Guid id = Guid.NewGuid();
        context.OperationId = id;
        var row = new Entity(SystemTables.AsyncOperation, id);
        row.Attributes["asyncoperationid"] = id;
        row.Attributes["name"] = step.Step.Name;
        row.Attributes["operationtype"] = new OptionSetValue(AsyncOperationStatus.SystemEvent);
        row.Attributes["messagename"] = context.MessageName;
        row.Attributes["primaryentitytype"] = context.PrimaryEntityName;
        row.Attributes["regardingobjectid"] = context.PrimaryEntityId == Guid.Empty ? null : new EntityReference(context.PrimaryEntityName, context.PrimaryEntityId);
        row.Attributes["depth"] = context.Depth;
        row.Attributes["correlationid"] = context.CorrelationId;
        row.Attributes["owningextensionid"] = step.Id;
        row.Attributes["retrycount"] = 0;
        row.Attributes["statecode"] = new OptionSetValue(AsyncOperationStatus.StateReady);
        row.Attributes["statuscode"] = new OptionSetValue(AsyncOperationStatus.WaitingForResources);
        _organization.Stamper.StampCreate(_organization.Schema.Table(SystemTables.AsyncOperation), row, context.UserId);
        _organization.Store.Insert(row);
        _pending.Enqueue(new AsyncJob(step, context, id));
    }

    public void RunPendingIfAutomatic()
    {
        if (RunAutomatically)
        {
            RunPending();
        }
    }

    /// <summary>Runs every queued job, and the jobs those queue, in order.</summary>
    public void RunPending()
    {
        if (_running)
        {
            return;
        }

        _running = true;
        try
        {
            while (_pending.TryDequeue(out AsyncJob? job))
            {
                Run(job);
            }
        }
        finally
        {
            _running = false;
        }
    }

    private void Run(AsyncJob job)
    {
        Record(job, AsyncOperationStatus.StateLocked, AsyncOperationStatus.InProgress, 0, null, row => row.Attributes["startedon"] = _organization.Stamper.Now);
        for (int retries = 0; ; retries++)
        {
            try
            {
                StepInvoker.Invoke(_organization, job.Step, job.Context.Copy());
                Record(job, AsyncOperationStatus.StateCompleted, AsyncOperationStatus.Succeeded, retries, null);
                return;
            }
            catch (Exception error) when (error is InvalidPluginExecutionException { Status: OperationStatus.Retry } && retries < MaximumRetries)
            {
                // Asked to be retried: run it again.
            }
            catch (Exception error)
            {
                Record(job, AsyncOperationStatus.StateCompleted, AsyncOperationStatus.Failed, retries, DataverseFault.FromPlugin(error));
                return;
            }
        }
    }

    private void Record(AsyncJob job, int state, int status, int retries, FaultException<OrganizationServiceFault>? fault, Action<Entity>? more = null)
    {
        Entity row = Store.ValueCopy.Of(_organization.Store.Find(SystemTables.AsyncOperation, job.AsyncOperationId)!);
        row.Attributes["statecode"] = new OptionSetValue(state);
        row.Attributes["statuscode"] = new OptionSetValue(status);
        row.Attributes["retrycount"] = retries;
        if (state == AsyncOperationStatus.StateCompleted)
        {
            row.Attributes["completedon"] = _organization.Stamper.Now;
        }

        if (fault is not null)
        {
            row.Attributes["message"] = fault.Detail.Message;
            row.Attributes["friendlymessage"] = fault.Detail.Message;
            row.Attributes["errorcode"] = fault.Detail.ErrorCode;
        }

        more?.Invoke(row);
        _organization.Stamper.StampUpdate(row, job.Context.UserId);
        _organization.Store.Replace(row);
    }
}

using System;

namespace DualWrite.Testing.Pipeline;

/// <summary>An asynchronous step waiting to run: the step, the context captured when its transaction committed, and its asyncoperation row.</summary>
internal sealed record AsyncJob(StepRegistration Step, PluginExecutionContext Context, Guid AsyncOperationId);

using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// Who makes a request and from where: the user it runs as, the user who started the chain, and, for a request a
/// plug-in or activity makes, the context it makes it from (its depth, correlation id and shared variables flow on).
/// </summary>
internal sealed record Caller(Guid UserId, Guid InitiatingUserId, IPluginExecutionContext? ParentContext, int ParentDepth, Guid? CorrelationId)
{
    /// <summary>A request a user (a test) makes directly.</summary>
    public static Caller User(Guid userId) => new(userId, userId, null, 0, null);

    /// <summary>A request made from inside an execution (a plug-in, an activity, a message made of other messages).</summary>
    public static Caller From(IExecutionContext context, Guid? userId, Guid systemUserId) =>
        new(userId ?? systemUserId, context.InitiatingUserId, context as IPluginExecutionContext, context.Depth, context.CorrelationId);

    public bool IsUser => ParentDepth == 0;
}

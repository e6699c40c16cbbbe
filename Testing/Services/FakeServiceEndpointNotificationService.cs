using System;
using System.Collections.Generic;
using DualWrite.Testing.Pipeline;
using DualWrite.Testing.Store;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Services;

/// <summary>
/// The service endpoint notification service, as a test programs it: records every post and answers with what
/// the test says (an empty response by default), or throws.
/// </summary>
public sealed class FakeServiceEndpointNotificationService : IServiceEndpointNotificationService
{
    private readonly List<EndpointNotification> _notifications = [];
    private Func<EndpointNotification, string> _respond = _ => "";

    public IReadOnlyList<EndpointNotification> Notifications
    {
        get
        {
            lock (_notifications)
            {
                return _notifications.ToArray();
            }
        }
    }

    public FakeServiceEndpointNotificationService RespondsWith(Func<EndpointNotification, string> respond)
    {
        _respond = respond ?? throw new ArgumentNullException(nameof(respond));
        return this;
    }

    public FakeServiceEndpointNotificationService Throws(Exception error) => RespondsWith(_ => throw error);

    public string Execute(EntityReference serviceEndpoint, IExecutionContext context)
    {
        IExecutionContext snapshot = context is PluginExecutionContext pluginContext ? pluginContext.Copy() : context;
        var notification = new EndpointNotification(ValueCopy.Of(serviceEndpoint), snapshot);
        lock (_notifications)
        {
            _notifications.Add(notification);
        }

        return _respond(notification);
    }
}

using System;
using System.Collections.Generic;
using DualWrite.Testing.Faults;

namespace DualWrite.Testing.Messages;

/// <summary>The messages the in-memory organization implements, by name.</summary>
internal sealed class MessageHandlers
{
    private readonly Dictionary<string, IMessageHandler> _handlers = new(StringComparer.Ordinal);

    public MessageHandlers()
    {
        foreach (IMessageHandler handler in new IMessageHandler[]
        {
            new CreateHandler(), new RetrieveHandler(), new UpdateHandler(), new DeleteHandler(), new RetrieveMultipleHandler(),
            new AssociateHandler(), new DisassociateHandler(), new UpsertHandler(), new CreateMultipleHandler(), new UpdateMultipleHandler(),
            new ExecuteMultipleHandler(),
        })
        {
            _handlers[handler.MessageName] = handler;
        }
    }

    /// <summary>Adds a message the organization's customizations define (a custom process action); a name already taken is refused.</summary>
    public void Add(IMessageHandler handler)
    {
        if (!_handlers.TryAdd(handler.MessageName, handler))
        {
            throw DataverseFault.InvalidArgument($"A message named '{handler.MessageName}' exists already; an action cannot take its name.");
        }
    }

    public IMessageHandler For(string? messageName) =>
        messageName is not null && _handlers.TryGetValue(messageName, out IMessageHandler? handler)
            ? handler
            : throw DataverseFault.InvalidArgument($"The in-memory organization does not implement the message '{messageName}'. It implements {string.Join(", ", _handlers.Keys)}.");
}

using System;
using System.Collections.Concurrent;

namespace DualWrite.Testing.Services;

/// <summary>
/// Services the host hands plug-ins (through their IServiceProvider) and activities (as extensions) besides the
/// platform's own: what Dataverse does not provide, such as a Finance transport that trusts the loopback emulator.
/// Code that asks for one must work when it is absent, as it is in Dataverse.
/// </summary>
public sealed class HostServices
{
    private readonly ConcurrentDictionary<Type, object> _services = new();

    /// <summary>Offers <paramref name="service"/> to every plug-in and activity that asks for <typeparamref name="T"/>.</summary>
    public void Add<T>(T service)
        where T : class
    {
        if (typeof(T).Namespace?.StartsWith("Microsoft.Xrm.Sdk", StringComparison.Ordinal) == true)
        {
            throw new ArgumentException($"{typeof(T).Name} is a platform service; the in-memory Dataverse provides it.", nameof(service));
        }

        _services[typeof(T)] = service ?? throw new ArgumentNullException(nameof(service));
    }

    public object? Find(Type serviceType) => _services.TryGetValue(serviceType, out object? service) ? service : null;

    public object[] All => [.. _services.Values];
}

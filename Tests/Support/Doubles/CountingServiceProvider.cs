using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace DualWrite.Tests.Support.Doubles;

/// <summary>A service provider over a fixed set of services that counts what is asked of it.</summary>
internal sealed class CountingServiceProvider : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];
    private readonly ConcurrentDictionary<Type, int> _requests = new();

    public CountingServiceProvider With<T>(T service)
        where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    public int RequestsFor<T>() => _requests.GetValueOrDefault(typeof(T));

    public object? GetService(Type serviceType)
    {
        _requests.AddOrUpdate(serviceType, 1, (_, n) => n + 1);
        return _services.GetValueOrDefault(serviceType);
    }
}

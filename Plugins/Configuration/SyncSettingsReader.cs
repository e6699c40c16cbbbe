using System;
using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Configuration;

/// <summary>
/// Reads the settings once per organization and keeps them for a minute: every save would otherwise pay a query, and
/// the platform keeps no cache for custom code. A change to a variable therefore takes effect within a minute.
/// Errors are never cached, so a fixed setting works on the next save.
/// </summary>
public static class SyncSettingsReader
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(1);

    private static readonly ConcurrentDictionary<Guid, CachedSettings> s_cache = new();

    public static SyncSettings Read(IOrganizationService service, Guid organizationId)
    {
        DateTime now = DateTime.UtcNow;
        if (s_cache.TryGetValue(organizationId, out CachedSettings? cached) && cached.ExpiresOn > now)
        {
            return cached.Settings;
        }

        SyncSettings settings = SyncSettingsParser.Parse(EnvironmentVariableValues.Read(service));
        s_cache[organizationId] = new CachedSettings(settings, now + CacheDuration);
        return settings;
    }

    private sealed class CachedSettings
    {
        public CachedSettings(SyncSettings settings, DateTime expiresOn)
        {
            Settings = settings;
            ExpiresOn = expiresOn;
        }

        public SyncSettings Settings { get; }

        public DateTime ExpiresOn { get; }
    }
}

using System;
using DualWrite.Testing.Schema;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Store;

/// <summary>Sets the columns the platform owns: who and when created and modified the row, its version, and the defaults of state, status and owner.</summary>
internal sealed class RowStamper
{
    private readonly Func<DateTime> _clock;
    private long _version;

    public RowStamper(Func<DateTime> clock)
    {
        _clock = clock;
    }

    public DateTime Now => Truncate(_clock());

    public void StampCreate(TableSchema table, Entity row, Guid userId)
    {
        var user = new EntityReference(SystemTables.SystemUser, userId);
        DateTime now = Now;
        row.Attributes[StandardColumns.CreatedOn] = now;
        row.Attributes[StandardColumns.ModifiedOn] = now;
        row.Attributes[StandardColumns.CreatedBy] = user;
        row.Attributes[StandardColumns.ModifiedBy] = ValueCopy.Of(user);
        row.Attributes[StandardColumns.VersionNumber] = ++_version;
        SetDefault(row, StandardColumns.StateCode, new OptionSetValue(0));
        SetDefault(row, StandardColumns.StatusCode, new OptionSetValue(1));
        if (table.IsUserOwned)
        {
            SetDefault(row, StandardColumns.OwnerId, ValueCopy.Of(user));
        }
    }

    /// <summary>For seeded rows: the same defaults, but what the seed says stays.</summary>
    public void StampSeed(TableSchema table, Entity row, Guid userId)
    {
        var seeded = ValueCopy.Of(row);
        StampCreate(table, row, userId);
        foreach (var attribute in seeded.Attributes)
        {
            row.Attributes[attribute.Key] = attribute.Value;
        }
    }

    public void StampUpdate(Entity row, Guid userId)
    {
        row.Attributes[StandardColumns.ModifiedOn] = Now;
        row.Attributes[StandardColumns.ModifiedBy] = new EntityReference(SystemTables.SystemUser, userId);
        row.Attributes[StandardColumns.VersionNumber] = ++_version;
    }

    /// <summary>A write the platform makes without an Update (a cleared link): the row's version moves, modifiedon and modifiedby stay.</summary>
    public void StampVersion(Entity row) => row.Attributes[StandardColumns.VersionNumber] = ++_version;

    private static void SetDefault(Entity row, string column, object value)
    {
        if (!row.Attributes.TryGetValue(column, out object? current) || current is null)
        {
            row.Attributes[column] = value;
        }
    }

    // Dataverse keeps date and time to the second.
    private static DateTime Truncate(DateTime time)
    {
        DateTime utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}

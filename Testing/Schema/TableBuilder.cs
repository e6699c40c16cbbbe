using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Schema.Dataverse;

namespace DualWrite.Testing.Schema;

/// <summary>
/// Declares a table in code: <c>new TableBuilder("account").PrimaryName("name").String("accountnumber").Key("accountnumber", "accountnumber")</c>.
/// The primary key and the system columns (createdon, modifiedon, createdby, modifiedby, versionnumber, statecode,
/// statuscode and, for user-owned tables, ownerid) are added for you.
/// </summary>
public sealed class TableBuilder
{
    /// <summary>
    /// The platform's metadata says NoCascade for createdby, modifiedby and owner, but users are disabled, not deleted,
    /// and a team that still owns rows is not deleted either; Restrict refuses such a delete rather than leave lookups to nothing.
    /// </summary>
    internal const CascadeDelete SystemLookupOnDelete = CascadeDelete.Restrict;

    private readonly string _logicalName;
    private readonly List<ColumnSchema> _columns = [];
    private readonly List<AlternateKey> _keys = [];
    private string _primaryIdAttribute;
    private string? _primaryNameAttribute;
    private bool _isUserOwned = true;
    private ColumnLimits _stateLimits = ColumnLimits.None;
    private ColumnLimits _statusLimits = ColumnLimits.None;

    public TableBuilder(string logicalName)
    {
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new ArgumentException("A table needs a logical name.", nameof(logicalName));
        }

        _logicalName = logicalName;
        _primaryIdAttribute = logicalName + "id";
    }

    /// <summary>Overrides the primary key column name (activities use "activityid").</summary>
    public TableBuilder PrimaryId(string logicalName)
    {
        _primaryIdAttribute = logicalName;
        return this;
    }

    /// <summary>Declares the primary name column (a string).</summary>
    public TableBuilder PrimaryName(string logicalName)
    {
        _primaryNameAttribute = logicalName;
        return Column(logicalName, ColumnType.String);
    }

    /// <summary>Organization-owned: no ownerid column.</summary>
    public TableBuilder OrganizationOwned()
    {
        _isUserOwned = false;
        return this;
    }

    public TableBuilder Column(string logicalName, ColumnType type, params string[] lookupTargets)
    {
        _columns.Add(new ColumnSchema(logicalName, type, lookupTargets));
        return this;
    }

    /// <summary>Adds a column as given (its limits included).</summary>
    public TableBuilder Column(ColumnSchema column)
    {
        _columns.Add(column ?? throw new ArgumentNullException(nameof(column)));
        return this;
    }

    public TableBuilder String(string logicalName) => Column(logicalName, ColumnType.String);

    /// <summary>A text column that refuses a value longer than <paramref name="maxLength"/> characters.</summary>
    public TableBuilder String(string logicalName, int maxLength) => Limited(logicalName, ColumnType.String, new ColumnLimits { MaxLength = maxLength });

    /// <summary>A whole number column that refuses a value outside [min, max].</summary>
    public TableBuilder Integer(string logicalName, int minValue, int maxValue) => Limited(logicalName, ColumnType.Integer, new ColumnLimits { MinValue = minValue, MaxValue = maxValue });

    public TableBuilder BigInt(string logicalName, long minValue, long maxValue) => Limited(logicalName, ColumnType.BigInt, new ColumnLimits { MinValue = minValue, MaxValue = maxValue });

    /// <summary>A decimal column that refuses a value outside [min, max] and keeps <paramref name="precision"/> digits after the point.</summary>
    public TableBuilder Decimal(string logicalName, decimal minValue, decimal maxValue, int precision) =>
        Limited(logicalName, ColumnType.Decimal, new ColumnLimits { MinValue = minValue, MaxValue = maxValue, Precision = precision });

    public TableBuilder Double(string logicalName, decimal minValue, decimal maxValue, int precision) =>
        Limited(logicalName, ColumnType.Double, new ColumnLimits { MinValue = minValue, MaxValue = maxValue, Precision = precision });

    public TableBuilder Money(string logicalName, decimal minValue, decimal maxValue, int precision) =>
        Limited(logicalName, ColumnType.Money, new ColumnLimits { MinValue = minValue, MaxValue = maxValue, Precision = precision });

    public TableBuilder DateTime(string logicalName, DateTimeBehavior behavior) => Limited(logicalName, ColumnType.DateTime, new ColumnLimits { DateTimeBehavior = behavior });

    /// <summary>A choice that refuses any value but these.</summary>
    public TableBuilder Choice(string logicalName, params int[] values) => Limited(logicalName, ColumnType.Choice, new ColumnLimits { AllowedValues = values.ToHashSet() });

    /// <summary>A multi-select choice that refuses any value but these.</summary>
    public TableBuilder Choices(string logicalName, params int[] values) => Limited(logicalName, ColumnType.Choices, new ColumnLimits { AllowedValues = values.ToHashSet() });

    /// <summary>The statecode values the table has (without this, any value is taken).</summary>
    public TableBuilder States(params int[] values)
    {
        _stateLimits = new ColumnLimits { AllowedValues = values.ToHashSet() };
        return this;
    }

    /// <summary>The statuscode values the table has (without this, any value is taken).</summary>
    public TableBuilder Statuses(params int[] values)
    {
        _statusLimits = new ColumnLimits { AllowedValues = values.ToHashSet() };
        return this;
    }

    public TableBuilder Integer(string logicalName) => Column(logicalName, ColumnType.Integer);

    public TableBuilder BigInt(string logicalName) => Column(logicalName, ColumnType.BigInt);

    public TableBuilder Decimal(string logicalName) => Column(logicalName, ColumnType.Decimal);

    public TableBuilder Double(string logicalName) => Column(logicalName, ColumnType.Double);

    public TableBuilder Money(string logicalName) => Column(logicalName, ColumnType.Money);

    public TableBuilder Boolean(string logicalName) => Column(logicalName, ColumnType.Boolean);

    public TableBuilder DateTime(string logicalName) => Column(logicalName, ColumnType.DateTime);

    public TableBuilder Choice(string logicalName) => Column(logicalName, ColumnType.Choice);

    public TableBuilder Choices(string logicalName) => Column(logicalName, ColumnType.Choices);

    public TableBuilder UniqueIdentifier(string logicalName) => Column(logicalName, ColumnType.UniqueIdentifier);

    /// <summary>A lookup to one or more tables (several make a customer or owner-like lookup); deleting the row it points at clears it (RemoveLink).</summary>
    public TableBuilder Lookup(string logicalName, params string[] targets) => Lookup(logicalName, CascadeDelete.RemoveLink, targets);

    /// <summary>A lookup whose relationship declares what deleting the row it points at does: <c>Lookup("dw_projectid", CascadeDelete.Cascade, "dw_project")</c> for a parental one.</summary>
    public TableBuilder Lookup(string logicalName, CascadeDelete onDelete, params string[] targets)
    {
        _columns.Add(new ColumnSchema(logicalName, ColumnType.Lookup, targets, onDelete));
        return this;
    }

    /// <summary>An alternate key over the given columns.</summary>
    public TableBuilder Key(string name, params string[] columns)
    {
        _keys.Add(new AlternateKey(name, columns));
        return this;
    }

    private TableBuilder Limited(string logicalName, ColumnType type, ColumnLimits limits) => Column(new ColumnSchema(logicalName, type, limits: limits));

    public TableSchema Build()
    {
        var columns = new List<ColumnSchema>
        {
            new(_primaryIdAttribute, ColumnType.UniqueIdentifier),
            new(StandardColumns.CreatedOn, ColumnType.DateTime),
            new(StandardColumns.ModifiedOn, ColumnType.DateTime),
            new(StandardColumns.CreatedBy, ColumnType.Lookup, ["systemuser"], SystemLookupOnDelete),
            new(StandardColumns.ModifiedBy, ColumnType.Lookup, ["systemuser"], SystemLookupOnDelete),
            new(StandardColumns.VersionNumber, ColumnType.BigInt),
            new(StandardColumns.StateCode, ColumnType.Choice, limits: _stateLimits),
            new(StandardColumns.StatusCode, ColumnType.Choice, limits: _statusLimits),
        };
        if (_isUserOwned)
        {
            columns.Add(new ColumnSchema(StandardColumns.OwnerId, ColumnType.Lookup, ["systemuser", "team"], SystemLookupOnDelete));
        }

        columns.AddRange(_columns);
        return new TableSchema(_logicalName, _primaryIdAttribute, _primaryNameAttribute, _isUserOwned, columns, _keys);
    }
}

using System;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Common.Tables;

/// <summary>
/// dw_outbox: changes waiting to reach Finance. Queued maps write one row per change and deliver it after the save;
/// what still fails stays here, with its error, until it is replayed. The change id makes a retried write idempotent.
/// </summary>
internal static class OutboxTable
{
    public const string LogicalName = "dw_outbox";

    /// <summary>
    /// The map name of a change queued for every map of its source table (initial sync and re-sync by table): the
    /// delivery expands it to the maps whose filters accept the record.
    /// </summary>
    public const string EveryMapOfTheTable = "*";

    /// <summary>Alternate key on the change id.</summary>
    public const string ChangeKey = "dw_outbox_change";

    public static TableDefinition Definition { get; } = new(
        LogicalName,
        "dw_outboxes",
        "Outbox entry",
        "Outbox entries",
        "A change to a Dataverse record waiting to be sent to Finance, or that failed and can be replayed.",
        ColumnDefinition.Text(Columns.Name, "Name", "The map, operation and record of the change.", 200, isRequired: true),
        [
            ColumnDefinition.Text(Columns.ChangeId, "Change id", "Identifies the change (map, record and version), so that it is queued once.", 150, isRequired: true),
            ColumnDefinition.Text(Columns.Map, "Table map", "The DualWrite table map that sends the change.", 100, isRequired: true),
            ColumnDefinition.Text(Columns.SourceTable, "Source table", "Logical name of the Dataverse table the record belongs to.", 64, isRequired: true),
            ColumnDefinition.Text(Columns.SourceId, "Source record id", "The Dataverse record's id.", 36, isRequired: true),
            ColumnDefinition.Choice(
                Columns.Operation,
                "Operation",
                "What the change does in Finance.",
                isRequired: true,
                new ChoiceOption(Operation.Upsert, "Upsert"),
                new ChoiceOption(Operation.Delete, "Delete")),
            ColumnDefinition.Choice(
                Columns.Status,
                "Delivery status",
                "Where the change stands.",
                isRequired: true,
                new ChoiceOption(Status.Pending, "Pending"),
                new ChoiceOption(Status.Delivered, "Delivered"),
                new ChoiceOption(Status.Failed, "Failed"),
                new ChoiceOption(Status.Abandoned, "Abandoned")),
            ColumnDefinition.MultilineText(Columns.Payload, "Payload", "The Finance request body, without secrets.", 1048576),
            ColumnDefinition.Text(Columns.CorrelationId, "Correlation id", "The Dataverse correlation id of the save that made the change.", 36),
            ColumnDefinition.WholeNumber(Columns.Attempts, "Attempts", "Delivery attempts so far."),
            ColumnDefinition.DateAndTime(Columns.NextAttemptOn, "Next attempt on", "When the change may be sent again (UTC)."),
            ColumnDefinition.MultilineText(Columns.LastError, "Last error", "Finance's or the sync's message for the last failure.", 10000),
            ColumnDefinition.Text(Columns.WaitingFor, "Waiting for", "The parent record (map:id) that must reach Finance before this change is sent.", 200),
        ],
        [new AlternateKeyDefinition(ChangeKey, "Change", Columns.ChangeId)]);

    /// <summary>A new Pending change with no attempts yet, as queued mode and the initial sync write it.</summary>
    public static Entity PendingChange(string name, string changeId, string map, string sourceTable, Guid sourceId, int operation, Guid correlationId) => new(LogicalName)
    {
        [Columns.Name] = name,
        [Columns.ChangeId] = changeId,
        [Columns.Map] = map,
        [Columns.SourceTable] = sourceTable,
        [Columns.SourceId] = sourceId.ToString("D"),
        [Columns.Operation] = new OptionSetValue(operation),
        [Columns.Status] = new OptionSetValue(Status.Pending),
        [Columns.CorrelationId] = correlationId.ToString("D"),
        [Columns.Attempts] = 0,
    };

    /// <summary>The table's columns' logical names.</summary>
    public static class Columns
    {
        public const string Id = LogicalName + "id";
        public const string Name = "dw_name";
        public const string ChangeId = "dw_changeid";
        public const string Map = "dw_map";
        public const string SourceTable = "dw_sourcetable";
        public const string SourceId = "dw_sourceid";
        public const string Operation = "dw_operation";
        public const string Status = "dw_deliverystatus";
        public const string Payload = "dw_payload";
        public const string CorrelationId = "dw_correlationid";
        public const string Attempts = "dw_attempts";
        public const string NextAttemptOn = "dw_nextattempton";
        public const string LastError = "dw_lasterror";
        public const string WaitingFor = "dw_waitingfor";
    }

    /// <summary>The values of <see cref="Columns.Operation"/>.</summary>
    public static class Operation
    {
        public const int Upsert = (OptionValues.PublisherPrefix * 10000) + 0;
        public const int Delete = (OptionValues.PublisherPrefix * 10000) + 1;
    }

    /// <summary>The values of <see cref="Columns.Status"/>.</summary>
    public static class Status
    {
        public const int Pending = (OptionValues.PublisherPrefix * 10000) + 0;
        public const int Delivered = (OptionValues.PublisherPrefix * 10000) + 1;
        public const int Failed = (OptionValues.PublisherPrefix * 10000) + 2;
        public const int Abandoned = (OptionValues.PublisherPrefix * 10000) + 3;
    }
}

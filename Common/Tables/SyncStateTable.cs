namespace DualWrite.Common.Tables;

/// <summary>
/// dw_syncstate: one row per Dataverse record and table map, saying what Finance last accepted for it. The outbound
/// sync upserts it by (map, source id) to skip echoes and unchanged records and to show what failed.
/// </summary>
internal static class SyncStateTable
{
    public const string LogicalName = "dw_syncstate";

    /// <summary>Alternate key on (map, source record id, legal entity): a map that fans a record out to several companies keeps one state per company.</summary>
    public const string SourceKey = "dw_syncstate_source";

    public static TableDefinition Definition { get; } = new(
        LogicalName,
        "dw_syncstates",
        "Sync state",
        "Sync states",
        "What Finance last accepted for a Dataverse record under a DualWrite table map.",
        ColumnDefinition.Text(Columns.Name, "Name", "The table, record and map this state is about.", 200, isRequired: true),
        [
            ColumnDefinition.Text(Columns.Map, "Table map", "The DualWrite table map that synced the record.", 100, isRequired: true),
            ColumnDefinition.Text(Columns.SourceTable, "Source table", "Logical name of the Dataverse table the record belongs to.", 64, isRequired: true),
            ColumnDefinition.Text(Columns.SourceId, "Source record id", "The Dataverse record's id.", 36, isRequired: true),
            ColumnDefinition.Text(Columns.LegalEntity, "Legal entity", "The Finance company (dataAreaId) the record was sent to.", 10, isRequired: true),
            ColumnDefinition.Text(Columns.FinanceEntitySet, "Finance entity set", "The Finance OData entity set the record was sent to.", 128),
            ColumnDefinition.Text(Columns.FinanceKey, "Finance key", "The Finance record's key fields, as sent.", 400),
            ColumnDefinition.Choice(
                Columns.Status,
                "Sync status",
                "Where the record's last change stands with Finance.",
                isRequired: true,
                new ChoiceOption(Status.Synced, "Synced"),
                new ChoiceOption(Status.Pending, "Pending"),
                new ChoiceOption(Status.Failed, "Failed"),
                new ChoiceOption(Status.Skipped, "Skipped"),
                new ChoiceOption(Status.Confirmed, "Confirmed"),
                new ChoiceOption(Status.Rejected, "Rejected")),
            ColumnDefinition.Text(Columns.SourceVersion, "Source version", "The record's version number when it was last sent; an older change is not sent again.", 20),
            ColumnDefinition.Text(Columns.PayloadHash, "Payload hash", "Hash of the last payload Finance accepted; an identical payload is not sent again.", 64),
            ColumnDefinition.DateAndTime(Columns.LastSyncedOn, "Last synced on", "When Finance last accepted the record (UTC)."),
            ColumnDefinition.DateAndTime(Columns.LastAttemptOn, "Last attempt on", "When the record was last sent (UTC)."),
            ColumnDefinition.WholeNumber(Columns.Attempts, "Attempts", "Failed attempts since the last success."),
            ColumnDefinition.MultilineText(Columns.LastError, "Last error", "Finance's or the sync's message for the last failure.", 10000),
            ColumnDefinition.Text(Columns.CorrelationId, "Correlation id", "Identifies the last outbound sync; Finance's confirmation must quote it.", 36),
            ColumnDefinition.Text(Columns.FinanceDocument, "Finance document", "The document number, voucher or invoice proposal id Finance confirmed with.", 100),
            ColumnDefinition.DateAndTime(Columns.FinancePostingDate, "Finance posting date", "The date Finance posted the record on (UTC)."),
            ColumnDefinition.MultilineText(Columns.FinanceMessage, "Finance message", "Finance's message with its confirmation or rejection.", 10000),
            ColumnDefinition.DateAndTime(Columns.ConfirmedOn, "Confirmed on", "When Finance's confirmation or rejection was applied (UTC)."),
        ],
        [new AlternateKeyDefinition(SourceKey, "Map, source record and legal entity", Columns.Map, Columns.SourceId, Columns.LegalEntity)]);

    /// <summary>The table's columns' logical names.</summary>
    public static class Columns
    {
        public const string Id = LogicalName + "id";
        public const string Name = "dw_name";
        public const string Map = "dw_map";
        public const string SourceTable = "dw_sourcetable";
        public const string SourceId = "dw_sourceid";
        public const string LegalEntity = "dw_legalentity";
        public const string FinanceEntitySet = "dw_financeentityset";
        public const string FinanceKey = "dw_financekey";
        public const string Status = "dw_syncstatus";
        public const string SourceVersion = "dw_sourceversion";
        public const string PayloadHash = "dw_payloadhash";
        public const string LastSyncedOn = "dw_lastsyncedon";
        public const string LastAttemptOn = "dw_lastattempton";
        public const string Attempts = "dw_attempts";
        public const string LastError = "dw_lasterror";
        public const string CorrelationId = "dw_correlationid";
        public const string FinanceDocument = "dw_financedocument";
        public const string FinancePostingDate = "dw_financepostingdate";
        public const string FinanceMessage = "dw_financemessage";
        public const string ConfirmedOn = "dw_confirmedon";
    }

    /// <summary>The values of <see cref="Columns.Status"/>.</summary>
    public static class Status
    {
        public const int Synced = (OptionValues.PublisherPrefix * 10000) + 0;
        public const int Pending = (OptionValues.PublisherPrefix * 10000) + 1;
        public const int Failed = (OptionValues.PublisherPrefix * 10000) + 2;
        public const int Skipped = (OptionValues.PublisherPrefix * 10000) + 3;
        public const int Confirmed = (OptionValues.PublisherPrefix * 10000) + 4;
        public const int Rejected = (OptionValues.PublisherPrefix * 10000) + 5;
    }
}

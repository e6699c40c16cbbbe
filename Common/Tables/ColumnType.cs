namespace DualWrite.Common.Tables;

/// <summary>The Dataverse column types the project's own tables use.</summary>
internal enum ColumnType
{
    /// <summary>Single line of text (nvarchar).</summary>
    Text,

    /// <summary>Multiple lines of text (ntext): payloads and error messages.</summary>
    MultilineText,

    /// <summary>Whole number (int).</summary>
    WholeNumber,

    /// <summary>Date and time, time-zone independent: sync bookkeeping is compared, never shown in local time.</summary>
    DateAndTime,

    /// <summary>Choice (picklist) with a local option set.</summary>
    Choice,
}

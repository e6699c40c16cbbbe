namespace DualWrite.Testing.Faults;

/// <summary>
/// The Dataverse error codes the in-memory organization answers with, under the platform's names
/// (learn.microsoft.com: Web service error codes).
/// </summary>
public static class ErrorCodes
{
    /// <summary>0x80040203: "Invalid argument."</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>0x80040217: "&lt;table&gt; With Id = &lt;id&gt; Does Not Exist".</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>0x80040224: an exception other than InvalidPluginExecutionException escaped a plug-in.</summary>
    public const int IsvUnExpected = unchecked((int)0x80040224);

    /// <summary>0x80040227: "The object you tried to delete is associated with another object and cannot be deleted." (a Restrict relationship).</summary>
    public const int CannotDeleteDueToAssociation = unchecked((int)0x80040227);

    /// <summary>0x80040237: a row with that primary key exists already.</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>
    /// 0x80040239: "DateTime is less than minumum value supported by CrmDateTime. Actual value: ..., Minimum value
    /// supported: 01/01/1753 00:00:00" (the platform's spelling; microsoft/coe-starter-kit#6417 and
    /// microsoft/powerapps-tools#427 show the fault as the Web API returns it).
    /// </summary>
    public const int DateTimeBelowMinimum = unchecked((int)0x80040239);

    /// <summary>0x80040251: the transaction was aborted by a failed operation that a plug-in caught and ignored.</summary>
    public const int NoActiveTransaction = unchecked((int)0x80040251);

    /// <summary>0x80040265: "ISV code aborted the operation." (a plug-in threw InvalidPluginExecutionException).</summary>
    public const int IsvAborted = unchecked((int)0x80040265);

    /// <summary>0x80041102: the table named does not exist.</summary>
    public const int QueryBuilderNoEntity = unchecked((int)0x80041102);

    /// <summary>0x80041103: the column named does not exist on the table.</summary>
    public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);

    /// <summary>0x8004110B: "No alias for the given entity in the condition was found."</summary>
    public const int QueryBuilderNoAlias = unchecked((int)0x8004110B);

    /// <summary>0x80041120: "Unsupported condition operator."</summary>
    public const int QueryBuilderInvalidConditionOperator = unchecked((int)0x80041120);

    /// <summary>0x8004112A: "Invalid page number in paging cookie."</summary>
    public const int QueryBuilderInvalidPagingCookie = unchecked((int)0x8004112A);

    /// <summary>0x80044182: the depth loop guard ("...included an infinite loop...").</summary>
    public const int SdkCorrelationTokenDepthTooHigh = unchecked((int)0x80044182);

    /// <summary>
    /// 0x8004431A PicklistValueOutOfRange ("The picklist value is out of the range.", Web service error codes): a
    /// choice value the column's options do not have. The platform's message names value, column, table and the values
    /// it takes: "A validation error occurred. The value {0} of '{1}' on record of type '{2}' is outside the valid range.
    /// Accepted Values: {3}" (quoted in MicrosoftDocs/dynamics-365-project-operations, payment terms customization).
    /// </summary>
    public const int PicklistValueOutOfRange = unchecked((int)0x8004431A);

    /// <summary>
    /// 0x8004432F: a whole number outside the column's MinValue/MaxValue. Not confirmed by Microsoft's list: the code is
    /// the one public Dataverse emulators and clients use; the message is shaped as <see cref="DecimalValueOutOfRange"/>'s.
    /// </summary>
    public const int IntegerValueOutOfRange = unchecked((int)0x8004432F);

    /// <summary>
    /// 0x80044330 DecimalValueOutOfRange ("A validation error occurred. A decimal value provided is outside of the
    /// allowed values for this attribute.", Web service error codes): a decimal, float or currency value outside the
    /// column's MinValue/MaxValue. The platform's message: "A validation error occurred for {table}.{column}. The value
    /// {value} of type {type} is outside the valid range({min} to {max})." (as real organizations return it, quoted in
    /// public troubleshooting notes and TALXIS/tools-cli#83).
    /// </summary>
    public const int DecimalValueOutOfRange = unchecked((int)0x80044330);

    /// <summary>
    /// 0x80044331 StringLengthTooLong ("A validation error occurred. A string value provided is too long.", Web service
    /// error codes); the platform's message names the column, table and limit: "A validation error occurred. The length
    /// of the '{column}' attribute of the '{table}' entity exceeded the maximum allowed length of '{max}'."
    /// </summary>
    public const int StringLengthTooLong = unchecked((int)0x80044331);

    /// <summary>0x80060890: "The specified key attributes are not a defined key for the {0} entity".</summary>
    public const int EntityKeyNotDefined = unchecked((int)0x80060890);

    /// <summary>0x80060891: "A record with the specified key values does not exist in {0} entity".</summary>
    public const int RecordNotFoundByEntityKey = unchecked((int)0x80060891);

    /// <summary>0x80060892: another row already has these alternate key values.</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Testing.Faults;

/// <summary>
/// The faults of the in-memory organization, shaped as the platform's: a FaultException&lt;OrganizationServiceFault&gt;
/// with the platform's error code and message pattern.
/// </summary>
public static class DataverseFault
{
    /// <summary>The platform's words when the depth guard stops a chain of nested operations.</summary>
    public const string InfiniteLoopMessage =
        "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again. For information about workflow logic, see Help.";

    /// <summary>The platform's words when a relationship that restricts delete refuses it; the fault adds which row is in the way.</summary>
    public const string CannotDeleteDueToAssociationMessage = "The object you tried to delete is associated with another object and cannot be deleted.";

    /// <summary>The earliest date and time Dataverse stores, 1753-01-01 (SQL Server's datetime; the platform refuses anything earlier).</summary>
    public static readonly DateTime MinimumDateTime = new(1753, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            Timestamp = DateTime.UtcNow,
        };
        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }

    public static FaultException<OrganizationServiceFault> DoesNotExist(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist, string.Format(CultureInfo.InvariantCulture, "{0} With Id = {1:D} Does Not Exist", table, id));

    public static FaultException<OrganizationServiceFault> NoSuchTable(string table) =>
        Create(ErrorCodes.QueryBuilderNoEntity, $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    public static FaultException<OrganizationServiceFault> NoSuchColumn(string table, string column) =>
        Create(ErrorCodes.QueryBuilderNoAttribute, $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    public static FaultException<OrganizationServiceFault> NoSuchAlias(string alias) =>
        Create(ErrorCodes.QueryBuilderNoAlias, $"No alias for the given entity in the condition was found. The query has no table or link-entity alias '{alias}'.");

    public static FaultException<OrganizationServiceFault> CannotDeleteDueToAssociation(string table, Guid id, string referencingTable, string referencingColumn, Guid referencingId) =>
        Create(ErrorCodes.CannotDeleteDueToAssociation, string.Format(CultureInfo.InvariantCulture,
            "{0} ({1} {2:D} is referenced by column '{3}' of {4} {5:D}, whose relationship restricts delete.)", CannotDeleteDueToAssociationMessage, table, id, referencingColumn, referencingTable, referencingId));

    /// <summary>A text longer than the column's MaxLength (the platform names column, table and limit, not the value).</summary>
    public static FaultException<OrganizationServiceFault> StringTooLong(string table, string column, int maxLength) =>
        Create(ErrorCodes.StringLengthTooLong, string.Format(CultureInfo.InvariantCulture,
            "A validation error occurred. The length of the '{0}' attribute of the '{1}' entity exceeded the maximum allowed length of '{2}'.", column, table, maxLength));

    /// <summary>A number outside the column's MinValue/MaxValue; whole numbers and the others have codes of their own.</summary>
    public static FaultException<OrganizationServiceFault> NumberOutOfRange(string table, string column, object value, decimal minValue, decimal maxValue)
    {
        object number = value is Money money ? money.Value : value;
        int code = value is int or long ? ErrorCodes.IntegerValueOutOfRange : ErrorCodes.DecimalValueOutOfRange;
        return Create(code, string.Format(CultureInfo.InvariantCulture,
            "A validation error occurred for {0}.{1}. The value {2} of type {3} is outside the valid range({4} to {5}).", table, column, number, value.GetType().FullName, minValue, maxValue));
    }

    /// <summary>A choice value the column does not have; the message lists the values it has.</summary>
    public static FaultException<OrganizationServiceFault> ChoiceOutOfRange(string table, string column, int value, IEnumerable<int> accepted) =>
        Create(ErrorCodes.PicklistValueOutOfRange, string.Format(CultureInfo.InvariantCulture,
            "A validation error occurred. The value {0} of '{1}' on record of type '{2}' is outside the valid range. Accepted Values: {3}", value, column, table, string.Join(",", accepted.Order())));

    /// <summary>
    /// A date before 1753-01-01, the earliest the platform stores. Its message names neither table nor column; the
    /// fault adds them, as <see cref="CannotDeleteDueToAssociation"/> adds the row in the way.
    /// </summary>
    public static FaultException<OrganizationServiceFault> DateTimeBelowMinimum(string table, string column, DateTime value) =>
        Create(ErrorCodes.DateTimeBelowMinimum, string.Format(CultureInfo.InvariantCulture,
            "DateTime is less than minumum value supported by CrmDateTime. Actual value: {0:MM/dd/yyyy HH:mm:ss}, Minimum value supported: {1:MM/dd/yyyy HH:mm:ss} (column '{2}' of {3})", value, MinimumDateTime, column, table));

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(ErrorCodes.InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> DuplicateId(string table, Guid id) =>
        Create(ErrorCodes.DuplicateRecord, string.Format(CultureInfo.InvariantCulture, "Cannot insert duplicate key. A {0} with id {1:D} exists already.", table, id));

    public static FaultException<OrganizationServiceFault> DuplicateKey(string table, string keyName, IEnumerable<KeyValuePair<string, object?>> values) =>
        Create(ErrorCodes.DuplicateRecordEntityKey, string.Format(CultureInfo.InvariantCulture,
            "A record that has the attribute values {0} already exists. The entity key {1} requires that this set of attributes contains unique values. Select unique values and try again. (table {2})",
            string.Join(", ", values.Select(v => Convert.ToString(Describe(v.Value), CultureInfo.InvariantCulture))), keyName, table));

    public static FaultException<OrganizationServiceFault> KeyNotDefined(string table, IEnumerable<string> columns) =>
        Create(ErrorCodes.EntityKeyNotDefined, $"The specified key attributes are not a defined key for the {table} entity (key attributes: {string.Join(", ", columns)})");

    public static FaultException<OrganizationServiceFault> NoRowWithKey(string table, KeyAttributeCollection key) =>
        Create(ErrorCodes.RecordNotFoundByEntityKey, $"A record with the specified key values does not exist in {table} entity ({string.Join(", ", key.Select(k => k.Key + " = " + Describe(k.Value)))})");

    public static FaultException<OrganizationServiceFault> UnsupportedOperator(string table, string column, object op) =>
        Create(ErrorCodes.QueryBuilderInvalidConditionOperator, $"Unsupported condition operator. The in-memory organization does not evaluate {op} (condition on {table}.{column}).");

    public static FaultException<OrganizationServiceFault> InvalidPagingCookie(string cookie) =>
        Create(ErrorCodes.QueryBuilderInvalidPagingCookie, $"Invalid page number in paging cookie. The cookie '{cookie}' was not issued by this organization.");

    public static FaultException<OrganizationServiceFault> TransactionAborted() =>
        Create(ErrorCodes.NoActiveTransaction, "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");

    public static FaultException<OrganizationServiceFault> InfiniteLoop() =>
        Create(ErrorCodes.SdkCorrelationTokenDepthTooHigh, InfiniteLoopMessage);

    /// <summary>What the caller gets when a plug-in fails: its own words when it threw InvalidPluginExecutionException, the platform's otherwise.</summary>
    public static FaultException<OrganizationServiceFault> FromPlugin(Exception error) => error switch
    {
        FaultException<OrganizationServiceFault> fault => fault,
        InvalidPluginExecutionException refusal => Create(HasOwnCode(refusal) ? refusal.ErrorCode : ErrorCodes.IsvAborted, refusal.Message),
        _ => Create(ErrorCodes.IsvUnExpected, $"Unexpected exception from plug-in (Execute): {error.GetType().FullName}: {error.Message}"),
    };

    // An InvalidPluginExecutionException made without an error code keeps Exception's default HResult.
    private static bool HasOwnCode(InvalidPluginExecutionException refusal) => refusal.ErrorCode != new Exception().HResult;

    private static object? Describe(object? value) => value switch
    {
        EntityReference reference => $"{reference.LogicalName}({reference.Id:D})",
        OptionSetValue option => option.Value,
        Money money => money.Value,
        _ => value,
    };
}

using DualWrite.Schema.Dataverse;
using DualWrite.Testing;
using DualWrite.Testing.Schema;

namespace DualWrite.Tests.Testing.Support;

/// <summary>
/// Two small tables written in the recorded schema's format (Schema/README.md) and declared through
/// <see cref="RecordedTables"/>, so the engine's limits are tested apart from the recorded data.
/// </summary>
internal static class LimitedTables
{
    public const string Limited = "dw_limited";
    public const string Parent = "dw_parent";
    public const int Cost = 192350000;
    public const int Sales = 192350001;

    public const string LimitedJson = """
        {
          "LogicalName": "dw_limited", "PrimaryIdAttribute": "dw_limitedid", "PrimaryNameAttribute": "dw_name", "OwnershipType": "UserOwned",
          "Source": "PO-ORG test",
          "Attributes": [
            { "LogicalName": "dw_limitedid", "AttributeType": "Uniqueidentifier" },
            { "LogicalName": "dw_name", "AttributeType": "String", "MaxLength": 10 },
            { "LogicalName": "dw_notes", "AttributeType": "Memo", "MaxLength": 20 },
            { "LogicalName": "dw_count", "AttributeType": "Integer", "MinValue": 0, "MaxValue": 500 },
            { "LogicalName": "dw_big", "AttributeType": "BigInt", "MinValue": -1000, "MaxValue": 1000 },
            { "LogicalName": "dw_quantity", "AttributeType": "Decimal", "MinValue": -100, "MaxValue": 100, "Precision": 2 },
            { "LogicalName": "dw_rate", "AttributeType": "Double", "MinValue": 0, "MaxValue": 1, "Precision": 4 },
            { "LogicalName": "dw_amount", "AttributeType": "Money", "MinValue": 0, "MaxValue": 1000000, "Precision": 2 },
            { "LogicalName": "dw_billable", "AttributeType": "Boolean" },
            { "LogicalName": "dw_date", "AttributeType": "DateTime", "Format": "DateOnly", "DateTimeBehavior": "DateOnly" },
            { "LogicalName": "dw_kind", "AttributeType": "Picklist",
              "OptionSet": { "Options": [ { "Value": 192350000, "Label": "Cost" }, { "Value": 192350001, "Label": "Sales" } ] } },
            { "LogicalName": "dw_tags", "AttributeType": "MultiSelectPicklist",
              "OptionSet": { "Options": [ { "Value": 1, "Label": "A" }, { "Value": 2, "Label": "B" }, { "Value": 3, "Label": "C" } ] } },
            { "LogicalName": "statecode", "AttributeType": "State",
              "OptionSet": { "Options": [ { "Value": 0, "Label": "Active", "DefaultStatus": 1 }, { "Value": 1, "Label": "Inactive", "DefaultStatus": 2 } ] } },
            { "LogicalName": "statuscode", "AttributeType": "Status",
              "OptionSet": { "Options": [ { "Value": 1, "Label": "Active", "State": 0 }, { "Value": 2, "Label": "Inactive", "State": 1 } ] } },
            { "LogicalName": "dw_parentid", "AttributeType": "Lookup", "Targets": [ "dw_parent" ], "CascadeDelete": "Cascade" },
            { "LogicalName": "dw_customerid", "AttributeType": "Customer", "Targets": [ "account", "contact" ] }
          ],
          "Keys": [ { "LogicalName": "dw_namekey", "KeyAttributes": [ "dw_name" ] } ]
        }
        """;

    public const string ParentJson = """
        {
          "LogicalName": "dw_parent", "PrimaryIdAttribute": "dw_parentid", "PrimaryNameAttribute": "dw_name", "OwnershipType": "OrganizationOwned",
          "Source": "PO-ORG test",
          "Attributes": [ { "LogicalName": "dw_name", "AttributeType": "String", "MaxLength": 100 } ]
        }
        """;

    public static DataverseSnapshot Snapshot() => DataverseSnapshot.FromJson([new("dw_limited.json", LimitedJson), new("dw_parent.json", ParentJson)]);

    /// <summary>An organization with the engine's test tables (no limits) and the two recorded ones.</summary>
    public static InMemoryDataverse NewOrganization()
    {
        InMemoryDataverse dataverse = TestTables.NewOrganization();
        RecordedTables.AddTo(dataverse.Schema, Snapshot());
        return dataverse;
    }
}

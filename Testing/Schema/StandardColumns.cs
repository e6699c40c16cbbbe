namespace DualWrite.Testing.Schema;

/// <summary>The system columns every table carries, which the platform sets on Create and Update.</summary>
public static class StandardColumns
{
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";
    public const string CreatedBy = "createdby";
    public const string ModifiedBy = "modifiedby";
    public const string VersionNumber = "versionnumber";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string OwnerId = "ownerid";
}

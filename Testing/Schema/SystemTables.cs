namespace DualWrite.Testing.Schema;

/// <summary>The platform tables the engine itself reads and writes: users, business units, the organization, system jobs, environment variables and processes.</summary>
public static class SystemTables
{
    public const string SystemUser = "systemuser";
    public const string Team = "team";
    public const string BusinessUnit = "businessunit";
    public const string Organization = "organization";
    public const string AsyncOperation = "asyncoperation";
    public const string EnvironmentVariableDefinition = "environmentvariabledefinition";
    public const string EnvironmentVariableValue = "environmentvariablevalue";

    /// <summary>Processes: workflows and actions (an imported solution's actions are registered as messages, not rows).</summary>
    public const string Workflow = "workflow";

    /// <summary>
    /// Delete behaviours as the platform's table reference gives them (learn.microsoft.com, Dataverse table/entity
    /// reference): system jobs keep pointing at a deleted record (Delete: NoCascade), a definition's values go with it
    /// (Cascade); business units, users and teams are refused while in use (see <see cref="TableBuilder.SystemLookupOnDelete"/>).
    /// </summary>
    public static void AddTo(DataverseSchema schema)
    {
        schema.Add(new TableBuilder(BusinessUnit).OrganizationOwned().PrimaryName("name").Lookup("parentbusinessunitid", TableBuilder.SystemLookupOnDelete, BusinessUnit).Build());
        schema.Add(new TableBuilder(Organization).OrganizationOwned().PrimaryName("name").Build());
        schema.Add(new TableBuilder(SystemUser).OrganizationOwned()
            .PrimaryName("fullname").String("domainname").String("internalemailaddress")
            .Lookup("businessunitid", TableBuilder.SystemLookupOnDelete, BusinessUnit).UniqueIdentifier("azureactivedirectoryobjectid").UniqueIdentifier("applicationid")
            .Boolean("isdisabled").Build());
        schema.Add(new TableBuilder(Team).PrimaryName("name").Lookup("businessunitid", TableBuilder.SystemLookupOnDelete, BusinessUnit).Build());
        schema.Add(new TableBuilder(AsyncOperation)
            .PrimaryName("name").Choice("operationtype").String("messagename").String("primaryentitytype")
            .Lookup("regardingobjectid", CascadeDelete.NoCascade, "*").String("message").String("friendlymessage").Integer("errorcode")
            .Integer("retrycount").Integer("depth").UniqueIdentifier("correlationid").UniqueIdentifier("owningextensionid")
            .DateTime("startedon").DateTime("completedon").Build());
        schema.Add(new TableBuilder(EnvironmentVariableDefinition)
            .PrimaryName("displayname").String("schemaname").Choice("type").String("defaultvalue").String("description")
            .Boolean("isrequired").Choice("secretstore").Key("schemaname", "schemaname").Build());
        schema.Add(new TableBuilder(Workflow).OrganizationOwned().PrimaryName("name").String("uniquename").String("primaryentity").Build());
        schema.Add(new TableBuilder(EnvironmentVariableValue)
            .String("schemaname").String("value").Lookup("environmentvariabledefinitionid", CascadeDelete.Cascade, EnvironmentVariableDefinition).Build());
    }
}

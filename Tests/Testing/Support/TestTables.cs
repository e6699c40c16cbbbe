using DualWrite.Testing;

namespace DualWrite.Tests.Testing.Support;

/// <summary>The tables the engine's tests use: a project with an alternate key and a lookup to account, contacts, and an audit table plug-ins write to.</summary>
internal static class TestTables
{
    public const string Project = "dw_project";
    public const string Audit = "dw_audit";

    public static InMemoryDataverse NewOrganization()
    {
        var dataverse = new InMemoryDataverse();
        Declare(dataverse);
        return dataverse;
    }

    public static void Declare(InMemoryDataverse dataverse)
    {
        dataverse.Schema.Define("account", t => t.PrimaryName("name").String("accountnumber").Money("revenue").Key("accountnumber", "accountnumber"));
        dataverse.Schema.Define("contact", t => t.String("firstname").String("lastname").Lookup("parentcustomerid", "account", "contact").Integer("numberofchildren"));
        dataverse.Schema.Define(Project, t => t
            .PrimaryName("dw_name").String("dw_code").String("dw_description").Integer("dw_counter").Money("dw_amount").Decimal("dw_rate")
            .Choice("dw_status").Boolean("dw_billable").DateTime("dw_start").Lookup("dw_accountid", "account")
            .Key("dw_code", "dw_code"));
        dataverse.Schema.Define(Audit, t => t.PrimaryName("dw_name").String("dw_stage").Integer("dw_depth").Lookup("dw_projectid", Project));
    }
}

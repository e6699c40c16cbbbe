using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualWrite.FinanceEmulator.Hosting;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Benchmarks.Naive;

/// <summary>
/// The outbound sync of projects, project actuals and confirmed proforma invoices as a first attempt would write it,
/// kept only to measure ours against: per execution a new HttpClient (so a new connection and TLS handshake) and a
/// new token from a raw client-credentials POST, the record and each related record read again, JSON built by hand,
/// POST on Create and PATCH on Update. It writes the same Finance rows as our maps (a test checks it): the invoice
/// proposal header only (Finance builds its lines from the billed-sales actuals), and sends Connection: close as
/// ours does.
/// </summary>
public sealed class NaiveSyncPlugin : IPlugin
{
    private static readonly int s_invoiceConfirmed = RecordedChoice.Value("invoice", "msdyn_projectinvoicestatus", "Confirmed");
    private static readonly int s_projectInactive = RecordedChoice.Value("msdyn_project", "statecode", "Inactive");

    // Dual-write's value maps, as a first attempt would type them out: Dataverse choice label to Finance enum member.
    private static readonly Dictionary<int, string> s_transactionTypes = Members(
        "msdyn_actual", "msdyn_transactiontypecode", ("Cost", "Cost"), ("Unbilled Sales", "Sales"), ("Billed Sales", "BilledSales"), ("Resourcing Unit Cost", "ResourcingUnitCost"), ("Inter-Organizational Sales", "InterOrgSales"));

    private static readonly Dictionary<int, string> s_billingTypes = Members(
        "msdyn_actual", "msdyn_billingtype", ("Non Chargeable", "NonChargeable"), ("Chargeable", "Chargeable"), ("Complimentary", "Complimentary"), ("Not Available", "NotAvailable"));

    private readonly NaiveSettings _settings;

    public NaiveSyncPlugin(string? unsecureConfiguration, string? secureConfiguration)
    {
        _settings = NaiveSettings.Parse(secureConfiguration);
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        IOrganizationService service = factory.CreateOrganizationService(context.UserId);
        Entity record = service.Retrieve(context.PrimaryEntityName, context.PrimaryEntityId, new ColumnSet(true));
        if (record.LogicalName == "invoice" && record.GetAttributeValue<OptionSetValue>("msdyn_projectinvoicestatus")?.Value != s_invoiceConfirmed)
        {
            return;
        }

        // In Dataverse this would be new HttpClient(); here the host hands out a new handler that trusts the emulator.
        var emulator = (FinanceEmulatorHost)serviceProvider.GetService(typeof(FinanceEmulatorHost))!;
        using var http = new HttpClient(emulator.CreateTrustingHandler());
        http.DefaultRequestHeaders.ConnectionClose = true;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(http));

        if (record.LogicalName == "msdyn_project")
        {
            SendProject(http, service, record, context.MessageName == "Create");
        }
        else if (record.LogicalName == "msdyn_actual")
        {
            SendActual(http, service, record);
        }
        else if (record.LogicalName == "invoice")
        {
            SendInvoice(http, service, record);
        }
    }

    private string Token(HttpClient http)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _settings.ClientId,
            ["client_secret"] = _settings.ClientSecret,
            ["scope"] = _settings.FinanceUrl.AbsoluteUri.TrimEnd('/') + "/.default",
        });
        using HttpResponseMessage response = http.Send(new HttpRequestMessage(HttpMethod.Post, new Uri(_settings.AuthorityHost, _settings.TenantId + "/oauth2/v2.0/token")) { Content = form });
        response.EnsureSuccessStatusCode();
        using JsonDocument answer = JsonDocument.Parse(response.Content.ReadAsStream());
        return answer.RootElement.GetProperty("access_token").GetString()!;
    }

    private void SendProject(HttpClient http, IOrganizationService service, Entity project, bool isNew)
    {
        string company = Related(service, project, "msdyn_owningcompany", "cdm_company", "cdm_companycode")!;
        string number = project.GetAttributeValue<string>("msdyn_projectnumber")!;
        var row = new JsonObject
        {
            ["ProjectName"] = project.GetAttributeValue<string>("msdyn_subject"),
            ["Description"] = project.GetAttributeValue<string>("msdyn_description"),
            ["CustomerAccount"] = Related(service, project, "msdyn_customer", "account", "accountnumber"),
            ["ProjectContractID"] = Related(service, project, "msdyn_salesorderid", "salesorder", "ordernumber"),
            ["StartDate"] = Date(project, "msdyn_scheduledstart"),
            ["EndDate"] = Date(project, "msdyn_finish"),
            ["ProjectStage"] = project.GetAttributeValue<OptionSetValue>("statecode")?.Value == s_projectInactive ? "Completed" : "InProcess",
        };
        if (isNew)
        {
            row["dataAreaId"] = company;
            row["ProjectID"] = number;
            Send(http, HttpMethod.Post, "ProjCDSProjects", row);
        }
        else
        {
            Send(http, HttpMethod.Patch, $"ProjCDSProjects(dataAreaId='{company}',ProjectID='{number}')", row);
        }
    }

    private void SendActual(HttpClient http, IOrganizationService service, Entity actual)
    {
        EntityReference projectReference = actual.GetAttributeValue<EntityReference>("msdyn_project")!;
        Entity project = service.Retrieve("msdyn_project", projectReference.Id, new ColumnSet("msdyn_projectnumber", "msdyn_owningcompany"));
        string company = Related(service, project, "msdyn_owningcompany", "cdm_company", "cdm_companycode")!;
        string id = actual.Id.ToString("D");
        Send(http, HttpMethod.Post, "ProjActualsImports", new JsonObject
        {
            ["dataAreaId"] = company,
            ["ActualsImportId"] = id,
            ["ActualId"] = id,
            ["ProjectId"] = project.GetAttributeValue<string>("msdyn_projectnumber"),
            ["ProjectDataAreaId"] = company,
            ["ContractId"] = Related(service, actual, "msdyn_salescontract", "salesorder", "ordernumber"),
            ["ContractLineId"] = actual.GetAttributeValue<EntityReference>("msdyn_salescontractlineid")?.Id.ToString("D"),
            ["ResourceId"] = (actual.GetAttributeValue<EntityReference>("msdyn_bookableresource")?.Id ?? Guid.Empty).ToString("D"),
            ["TransactionClassification"] = (long?)actual.GetAttributeValue<OptionSetValue>("msdyn_transactionclassification")?.Value,
            ["TransactionType"] = Member(s_transactionTypes, actual, "msdyn_transactiontypecode"),
            ["TransactionCategoryId"] = Related(service, actual, "msdyn_transactioncategory", "msdyn_transactioncategory", "msdyn_name"),
            ["BillingType"] = Member(s_billingTypes, actual, "msdyn_billingtype"),
            ["Quantity"] = actual.GetAttributeValue<decimal?>("msdyn_quantity") ?? 0m,
            ["UnitOfMeasure"] = Related(service, actual, "msdyn_unit", "uom", "name"),
            ["UnitPrice"] = actual.GetAttributeValue<Money>("msdyn_price")?.Value ?? 0m,
            ["Amount"] = actual.GetAttributeValue<Money>("msdyn_amount")?.Value ?? 0m,
            ["TransactionCurrencyId"] = Related(service, actual, "transactioncurrencyid", "transactioncurrency", "isocurrencycode"),
            ["DocumentDate"] = Date(actual, "msdyn_documentdate"),
            ["AccountingDate"] = Date(actual, "msdyn_accountingdate"),
            ["StartDate"] = Date(actual, "msdyn_startdatetime"),
            ["EndDate"] = Date(actual, "msdyn_enddatetime"),
            ["Description"] = actual.GetAttributeValue<string>("msdyn_description"),
        });
    }

    private void SendInvoice(HttpClient http, IOrganizationService service, Entity invoice)
    {
        EntityReference contractReference = invoice.GetAttributeValue<EntityReference>("salesorderid")!;
        Entity contract = service.Retrieve("salesorder", contractReference.Id, new ColumnSet(true));
        Send(http, HttpMethod.Post, "ProjInvoiceProposalsV2", new JsonObject
        {
            ["dataAreaId"] = Related(service, contract, "msdyn_company", "cdm_company", "cdm_companycode"),
            ["InvoiceProposalId"] = invoice.GetAttributeValue<string>("invoicenumber"),
            ["ProjectContractId"] = contract.GetAttributeValue<string>("ordernumber"),
            ["SalesCurrency"] = Related(service, invoice, "transactioncurrencyid", "transactioncurrency", "isocurrencycode"),
            ["InvoiceDate"] = Date(invoice, "msdyn_invoicedate"),
            ["InvoiceHeaderText"] = invoice.GetAttributeValue<string>("name"),
        });
    }

    private void Send(HttpClient http, HttpMethod method, string path, JsonObject row)
    {
        using var request = new HttpRequestMessage(method, new Uri(_settings.FinanceUrl, "data/" + path))
        {
            Content = new StringContent(row.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        using HttpResponseMessage response = http.Send(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidPluginExecutionException($"Finance said {(int)response.StatusCode} to {method} {path}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }
    }

    private static string? Related(IOrganizationService service, Entity record, string lookup, string table, string column)
    {
        EntityReference? reference = record.GetAttributeValue<EntityReference>(lookup);
        return reference is null ? null : service.Retrieve(table, reference.Id, new ColumnSet(column)).GetAttributeValue<string>(column);
    }

    private static string? Member(Dictionary<int, string> members, Entity record, string column) =>
        record.GetAttributeValue<OptionSetValue>(column) is { } option ? members[option.Value] : null;

    private static Dictionary<int, string> Members(string table, string column, params (string Label, string Member)[] pairs) =>
        pairs.ToDictionary(p => RecordedChoice.Value(table, column, p.Label), p => p.Member);

    private static string? Date(Entity record, string column) =>
        record.GetAttributeValue<DateTime?>(column) is DateTime moment
            ? DateTime.SpecifyKind(moment, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)
            : null;
}

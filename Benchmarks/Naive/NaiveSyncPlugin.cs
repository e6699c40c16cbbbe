using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DualWrite.FinanceEmulator.Hosting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Benchmarks.Naive;

/// <summary>
/// The outbound sync of projects and confirmed proforma invoices as a first attempt would write it, kept only to
/// measure ours against: per execution a new HttpClient (so a new connection and TLS handshake) and a new token
/// from a raw client-credentials POST, the record and each related record read again, JSON built by hand, POST on
/// Create and PATCH on Update, and an invoice sent as one POST for the header and one per line. It writes the same
/// Finance rows as our maps (a test checks it) and sends Connection: close as ours does.
/// </summary>
public sealed class NaiveSyncPlugin : IPlugin
{
    public const int InvoiceConfirmed = 192350001;

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
        if (record.LogicalName == "invoice" && record.GetAttributeValue<OptionSetValue>("statuscode")?.Value != InvoiceConfirmed)
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
            ["ProjectStage"] = project.GetAttributeValue<OptionSetValue>("statecode")?.Value == 1 ? "Finished" : "InProcess",
        };
        if (isNew)
        {
            row["dataAreaId"] = company;
            row["ProjectID"] = number;
            Send(http, HttpMethod.Post, "Projects", row);
        }
        else
        {
            Send(http, HttpMethod.Patch, $"Projects(dataAreaId='{company}',ProjectID='{number}')", row);
        }
    }

    private void SendInvoice(HttpClient http, IOrganizationService service, Entity invoice)
    {
        EntityReference contractReference = invoice.GetAttributeValue<EntityReference>("salesorderid")!;
        Entity contract = service.Retrieve("salesorder", contractReference.Id, new ColumnSet(true));
        string company = Related(service, contract, "msdyn_company", "cdm_company", "cdm_companycode")!;
        string number = invoice.GetAttributeValue<string>("invoicenumber")!;
        Send(http, HttpMethod.Post, "ProjectInvoiceProposals", new JsonObject
        {
            ["dataAreaId"] = company,
            ["ProposalId"] = number,
            ["ContractId"] = contract.GetAttributeValue<string>("ordernumber"),
            ["CustomerAccount"] = Related(service, invoice, "customerid", "account", "accountnumber"),
            ["CurrencyCode"] = Related(service, invoice, "transactioncurrencyid", "transactioncurrency", "isocurrencycode"),
            ["InvoiceDate"] = Date(invoice, "msdyn_invoicedate"),
            ["Description"] = invoice.GetAttributeValue<string>("name"),
            ["TotalAmount"] = invoice.GetAttributeValue<Money>("totalamount")?.Value,
        });

        var lines = new QueryExpression("invoicedetail") { ColumnSet = new ColumnSet(true) };
        lines.Criteria.AddCondition("invoiceid", ConditionOperator.Equal, invoice.Id);
        foreach (Entity line in service.RetrieveMultiple(lines).Entities)
        {
            Send(http, HttpMethod.Post, "ProjectInvoiceProposalLines", new JsonObject
            {
                ["dataAreaId"] = company,
                ["ProposalId"] = number,
                ["LineId"] = line.Id.ToString(),
                ["Description"] = line.GetAttributeValue<string>("productdescription"),
                ["ContractLine"] = line.GetAttributeValue<EntityReference>("msdyn_contractline")?.Id.ToString(),
                ["Quantity"] = line.GetAttributeValue<decimal?>("quantity"),
                ["UnitPrice"] = line.GetAttributeValue<Money>("priceperunit")?.Value,
                ["Amount"] = line.GetAttributeValue<Money>("extendedamount")?.Value,
            });
        }
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

    private static string? Date(Entity record, string column) =>
        record.GetAttributeValue<DateTime?>(column) is DateTime moment
            ? DateTime.SpecifyKind(moment, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)
            : null;
}

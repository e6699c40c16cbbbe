using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using DualWrite.FinanceEmulator.Faults;
using DualWrite.Plugins.Finance;
using DualWrite.Tests.FinanceEmulator;
using Xunit;

namespace DualWrite.Tests.Finance;

/// <summary>
/// The transport that ships on .NET Framework (HttpWebRequest), run here on .NET against the emulator. It trusts
/// the emulator through the process-wide callback HttpWebRequest consults, set for exactly that certificate.
/// </summary>
public sealed class WebRequestTransportTests : IDisposable
{
    private readonly EmulatorSession _session = new();

    public WebRequestTransportTests()
    {
        byte[] expected = _session.Host.Certificate.RawData;
#pragma warning disable SYSLIB0014 // the test-only way to reach the emulator through HttpWebRequest
        ServicePointManager.ServerCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetRawCertData().AsSpan().SequenceEqual(expected);
#pragma warning restore SYSLIB0014
    }

    public void Dispose()
    {
#pragma warning disable SYSLIB0014
        ServicePointManager.ServerCertificateValidationCallback = null;
#pragma warning restore SYSLIB0014
        _session.Dispose();
    }

    [Fact]
    public void UpsertsThrottlingAndFinanceErrorsWorkOverHttpWebRequest()
    {
        var transport = new WebRequestFinanceTransport();
        FinanceKey key = FinanceKey.InCompany("usmf", ("ProjectID", "W'1"));
        _session.Host.Faults.Add(TestEntities.Projects, Fault.ServerError(503), FaultTrigger.Requests(1));

        FinanceClient client = _session.NewClient(transport: transport);
        Assert.Equal(FinanceWriteOutcome.Created, client.Upsert(TestEntities.Projects, key, new Dictionary<string, object?> { ["Name"] = "Web" }));
        FinanceException e = _session.Fails<FinanceException>(() => client.Update(TestEntities.Projects, key, new Dictionary<string, object?> { ["Budget"] = "x" }));

        Assert.Equal(["PATCH 503", "PATCH 404", "POST 201", "PATCH 400"], _session.Host.Log.Entries.Where(l => l.IsDataRequest).Select(l => $"{l.Method} {l.StatusCode}"));
        Assert.Contains("Edm.Decimal", e.Message, StringComparison.Ordinal);
        Assert.All(_session.Host.Log.Entries.Where(l => l.IsDataRequest), l => Assert.Equal("close", l.Headers["Connection"], ignoreCase: true));
    }

    [Fact]
    public void ADroppedConnectionIsALostConnection()
    {
        _session.Host.Faults.Add(TestEntities.Projects, Fault.DropConnection(), FaultTrigger.Always());
        var request = new FinanceHttpRequest("GET", new Uri(_session.Host.BaseUrl, "/data/" + TestEntities.Projects), new Dictionary<string, string>());

        FinanceTransportException e = Assert.Throws<FinanceTransportException>(() => new WebRequestFinanceTransport().Send(request, TimeSpan.FromSeconds(5)));

        Assert.Equal(FinanceTransportFailure.ConnectionLost, e.Failure);
    }
}

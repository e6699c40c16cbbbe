using System;
using System.Collections.Generic;
using DualWrite.Benchmarks.Setup;
using DualWrite.Plugins.Finance;
using Xunit;

namespace DualWrite.Tests.Benchmarks;

/// <summary>The in-process benchmark's transport answers exactly an authorized PATCH of its entity set, and refuses anything else.</summary>
public sealed class AnsweringFinanceTransportTests
{
    private static readonly Uri Row = new("https://127.0.0.1:5443/data/ProjCDSProjects(dataAreaId='usmf',ProjectID='P-1')?cross-company=true");
    private readonly AnsweringFinanceTransport _transport = new("ProjCDSProjects");

    [Fact]
    public void AnswersAnAuthorizedPatchOfItsEntitySetAsFinanceAnswersAnUpdate()
    {
        FinanceHttpResponse response = _transport.Send(Request("PATCH", Row), TimeSpan.FromSeconds(1));

        Assert.Equal(204, response.StatusCode);
        Assert.Empty(response.Body);
        Assert.Equal(1, _transport.Answered);
    }

    public static TheoryData<string, string, bool, bool> Refused => new()
    {
        { "POST", "https://127.0.0.1:5443/data/ProjCDSProjects", true, true },
        { "GET", Row.AbsoluteUri, true, false },
        { "DELETE", Row.AbsoluteUri, true, false },
        { "PATCH", "https://127.0.0.1:5443/data/CDSProjectContracts(dataAreaId='usmf',ProjectContractID='C-1')", true, true },
        { "POST", "https://127.0.0.1:5443/data/$batch", true, true },
        { "PATCH", Row.AbsoluteUri, false, true },
        { "PATCH", Row.AbsoluteUri, true, false },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void RefusesEverythingElse(string method, string url, bool authorized, bool withBody)
    {
        FinanceHttpRequest request = Request(method, new Uri(url), authorized, withBody);

        var error = Assert.Throws<InvalidOperationException>(() => _transport.Send(request, TimeSpan.FromSeconds(1)));

        Assert.Contains($"it was sent {method} ", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _transport.Answered);
    }

    private static FinanceHttpRequest Request(string method, Uri url, bool authorized = true, bool withBody = true) => new(
        method,
        url,
        authorized ? new Dictionary<string, string> { ["Authorization"] = "Bearer token", ["Accept"] = "application/json" } : new Dictionary<string, string> { ["Accept"] = "application/json" },
        withBody ? "{\"ProjectName\":\"x\"}"u8.ToArray() : null,
        withBody ? "application/json" : null);
}

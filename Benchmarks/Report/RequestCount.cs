using DualWrite.Benchmarks.Setup;

namespace DualWrite.Benchmarks.Report;

/// <summary>What a number of changes cost one contender in requests to Finance, as the emulator logged them.</summary>
public sealed class RequestCount
{
    public RequestCount(string workload, Contender contender, int changes, int dataRequests, int tokenRequests)
    {
        Workload = workload;
        Contender = contender;
        Changes = changes;
        DataRequests = dataRequests;
        TokenRequests = tokenRequests;
    }

    public string Workload { get; }

    public Contender Contender { get; }

    public int Changes { get; }

    public int DataRequests { get; }

    public int TokenRequests { get; }

    public double DataRequestsPerChange => (double)DataRequests / Changes;

    public double TokenRequestsPerChange => (double)TokenRequests / Changes;
}

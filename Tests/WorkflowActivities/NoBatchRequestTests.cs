using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using DualWrite.Tests.Support;
using Xunit;

namespace DualWrite.Tests.WorkflowActivities;

/// <summary>The activity assembly that ships makes its writes whole through the platform's transaction, never through batch requests.</summary>
public sealed class NoBatchRequestTests
{
    [Fact]
    public void TheShippedActivitiesUseNoBatchRequestTypes()
    {
        using var stream = File.OpenRead(RepositoryPaths.BuildOutput("WorkflowActivities", "net462", "DualWrite.WorkflowActivities.dll"));
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        string[] types = metadata.TypeReferences.Select(t => metadata.GetString(metadata.GetTypeReference(t).Name)).ToArray();

        // The scan sees the requests the activities do send.
        Assert.Contains("UpdateRequest", types);
        Assert.Contains("CreateRequest", types);
        Assert.DoesNotContain("ExecuteTransactionRequest", types);
        Assert.DoesNotContain("ExecuteMultipleRequest", types);
    }
}

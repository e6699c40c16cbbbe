namespace DualWrite.Plugins.Finance;

/// <summary>One operation's answer inside a $batch response, with the Content-ID that ties it to its request.</summary>
internal sealed class BatchResponsePart
{
    public BatchResponsePart(int? contentId, FinanceHttpResponse response)
    {
        ContentId = contentId;
        Response = response;
    }

    public int? ContentId { get; }

    public FinanceHttpResponse Response { get; }
}

namespace DualWrite.FinanceEmulator.Data;

/// <summary>One request inside a $batch, as ODataBatchReader read it: its method, its URL relative to /data/, its body and its Content-ID.</summary>
internal sealed record BatchRequest(string Method, string Relative, string Body, string? ContentId);

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Runs a $batch: each change set in one transaction (all of it written, or none and one error answer carrying
/// the failing operation's Content-ID), each request outside a change set on its own. The batch itself answers 200.
/// The request is read by ODataBatchReader (BatchRequestReader); the answer is written here by hand, in the shape
/// Finance answers and the client's BatchResponseReader reads (OData.Core is the judge of requests, not of our answers).
/// </summary>
internal sealed class BatchProcessor
{
    private const string Crlf = "\r\n";
    private readonly EntityStore _store;
    private readonly DataRequestRouter _router;
    private readonly BatchRequestReader _reader;

    public BatchProcessor(EntityStore store, DataRequestRouter router, BatchRequestReader reader)
    {
        _store = store;
        _router = router;
        _reader = reader;
    }

    /// <summary>The multipart answer and its Content-Type, or an error answer when the batch itself is malformed.</summary>
    public (string Body, string ContentType)? Process(string? contentType, string body, out OperationResult? error)
    {
        (IReadOnlyList<BatchPart>? parts, error) = _reader.Read(contentType, body);
        if (parts is null)
        {
            return null;
        }

        string responseBoundary = "batchresponse_" + Guid.NewGuid().ToString("N");
        var response = new StringBuilder();
        foreach (BatchPart part in parts)
        {
            response.Append("--").Append(responseBoundary).Append(Crlf);
            if (part.IsChangeSet)
            {
                AppendChangeSet(response, part.Requests);
            }
            else
            {
                BatchRequest request = part.Requests[0];
                OperationResult result = _store.Transact(t =>
                {
                    OperationResult r = _router.Execute(t, request.Method, request.Relative, request.Body);
                    return (r, r.IsSuccess);
                });
                AppendHttp(response, request.ContentId, result);
            }
        }

        response.Append("--").Append(responseBoundary).Append("--").Append(Crlf);
        return (response.ToString(), "multipart/mixed; boundary=" + responseBoundary);
    }

    private void AppendChangeSet(StringBuilder response, IReadOnlyList<BatchRequest> requests)
    {
        List<(BatchRequest Request, OperationResult Result)> results = _store.Transact(t =>
        {
            var done = new List<(BatchRequest, OperationResult)>();
            foreach (BatchRequest request in requests)
            {
                OperationResult result = _router.Execute(t, request.Method, request.Relative, request.Body);
                done.Add((request, result));
                if (!result.IsSuccess)
                {
                    return (done, false); // the change set is atomic: nothing of it is kept
                }
            }

            return (done, true);
        });

        (BatchRequest failedRequest, OperationResult failure) = results.FirstOrDefault(r => !r.Result.IsSuccess);
        if (failure is not null)
        {
            AppendHttp(response, failedRequest.ContentId, failure);
            return;
        }

        string boundary = "changesetresponse_" + Guid.NewGuid().ToString("N");
        response.Append("Content-Type: multipart/mixed; boundary=").Append(boundary).Append(Crlf).Append(Crlf);
        foreach ((BatchRequest request, OperationResult result) in results)
        {
            response.Append("--").Append(boundary).Append(Crlf);
            AppendHttp(response, request.ContentId, result);
        }

        response.Append("--").Append(boundary).Append("--").Append(Crlf);
    }

    private static void AppendHttp(StringBuilder response, string? contentId, OperationResult result)
    {
        response.Append("Content-Type: application/http").Append(Crlf)
            .Append("Content-Transfer-Encoding: binary").Append(Crlf);
        if (contentId is not null)
        {
            response.Append("Content-ID: ").Append(contentId).Append(Crlf);
        }

        response.Append(Crlf)
            .Append("HTTP/1.1 ").Append(result.StatusCode).Append(' ').Append(ReasonPhrase(result.StatusCode)).Append(Crlf);
        foreach ((string name, string value) in result.Headers)
        {
            response.Append(name).Append(": ").Append(value).Append(Crlf);
        }

        if (result.Body is not null)
        {
            response.Append("Content-Type: ").Append(result.ContentType).Append(Crlf).Append(Crlf)
                .Append(result.Body.ToJsonString()).Append(Crlf);
        }
        else
        {
            response.Append(Crlf);
        }
    }

    private static string ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}

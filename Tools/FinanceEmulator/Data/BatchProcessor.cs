using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Runs a $batch: each change set in one transaction (all of it written, or none and one error answer carrying
/// the failing operation's Content-ID), each request outside a change set on its own. The batch itself answers 200.
/// </summary>
internal sealed class BatchProcessor
{
    private const string Crlf = "\r\n";
    private readonly EntityStore _store;
    private readonly DataRequestRouter _router;

    public BatchProcessor(EntityStore store, DataRequestRouter router)
    {
        _store = store;
        _router = router;
    }

    /// <summary>The multipart answer and its Content-Type, or an error answer when the batch itself is malformed.</summary>
    public (string Body, string ContentType)? Process(string? contentType, string body, out OperationResult? error)
    {
        error = null;
        string? boundary = MultipartText.Boundary(contentType);
        if (boundary is null || !(contentType ?? "").StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
        {
            error = ODataErrors.BadRequest($"A $batch request needs Content-Type multipart/mixed with a boundary, not '{contentType}'.");
            return null;
        }

        string responseBoundary = "batchresponse_" + Guid.NewGuid().ToString("N");
        var response = new StringBuilder();
        foreach (string part in MultipartText.Parts(body, boundary))
        {
            (_, Dictionary<string, string> headers, string content) = MultipartText.Split(part, hasFirstLine: false);
            response.Append("--").Append(responseBoundary).Append(Crlf);
            string partType = headers.GetValueOrDefault("Content-Type", "");
            if (partType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase) && MultipartText.Boundary(partType) is string changeSetBoundary)
            {
                AppendChangeSet(response, MultipartText.Parts(content, changeSetBoundary));
            }
            else
            {
                BatchRequest request = BatchRequest.Parse(headers, content);
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

    private void AppendChangeSet(StringBuilder response, IReadOnlyList<string> parts)
    {
        BatchRequest[] requests = parts.Select(p =>
        {
            (_, Dictionary<string, string> headers, string content) = MultipartText.Split(p, hasFirstLine: false);
            return BatchRequest.Parse(headers, content);
        }).ToArray();
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

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.OData;
using Microsoft.OData.Edm;

namespace DualWrite.FinanceEmulator.Data;

/// <summary>
/// Reads a multipart/mixed $batch with ODataBatchReader, as Finance's OData stack does, before anything of it runs:
/// a part that is not Content-Type application/http with Content-Transfer-Encoding binary, a GET inside a change set,
/// a repeated Content-ID or a broken boundary refuses the whole batch with 400 and OData.Core's words.
/// </summary>
internal sealed class BatchRequestReader
{
    private readonly IEdmModel _model;
    private readonly Uri _dataRoot;

    public BatchRequestReader(IEdmModel model, Uri dataRoot)
    {
        _model = model;
        _dataRoot = dataRoot;
    }

    public (IReadOnlyList<BatchPart>? Parts, OperationResult? Error) Read(string? contentType, string body)
    {
        if (contentType is null || !contentType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ODataErrors.BadRequest($"A $batch request needs Content-Type multipart/mixed with a boundary, not '{contentType}'."));
        }

        var message = new InMemoryRequestMessage("POST", new Uri(_dataRoot, "$batch"), contentType, Encoding.UTF8.GetBytes(body));
        var parts = new List<BatchPart>();
        try
        {
            var settings = new ODataMessageReaderSettings { BaseUri = _dataRoot };
            // OData.Core's own defaults (100 parts, 1000 operations a change set) are not limits Finance is known to
            // set; the emulator holds a batch to its form, not to a size no source gives.
            settings.MessageQuotas.MaxPartsPerBatch = int.MaxValue;
            settings.MessageQuotas.MaxOperationsPerChangeset = int.MaxValue;
            using var reader = new ODataMessageReader((IODataRequestMessage)message, settings, _model);
            ODataBatchReader batch = reader.CreateODataBatchReader();
            List<BatchRequest>? changeSet = null;
            while (batch.Read())
            {
                switch (batch.State)
                {
                    case ODataBatchReaderState.ChangesetStart:
                        changeSet = [];
                        break;
                    case ODataBatchReaderState.ChangesetEnd:
                        parts.Add(new BatchPart(true, changeSet!));
                        changeSet = null;
                        break;
                    case ODataBatchReaderState.Operation:
                        BatchRequest request = Request(batch.CreateOperationRequestMessage());
                        if (changeSet is null)
                        {
                            parts.Add(new BatchPart(false, [request]));
                        }
                        else
                        {
                            changeSet.Add(request);
                        }

                        break;
                }
            }
        }
        catch (ODataException e)
        {
            return (null, ODataErrors.BadRequest(e.Message));
        }

        return (parts, null);
    }

    private BatchRequest Request(ODataBatchOperationRequestMessage operation)
    {
        string body;
        using (var reader = new StreamReader(operation.GetStream(), Encoding.UTF8))
        {
            body = reader.ReadToEnd();
        }

        string url = operation.Url.IsAbsoluteUri ? operation.Url.AbsoluteUri : new Uri(_dataRoot, operation.Url).AbsoluteUri;
        string root = _dataRoot.AbsoluteUri;
        int data = url.IndexOf("/data/", StringComparison.Ordinal);
        string relative = url.StartsWith(root, StringComparison.OrdinalIgnoreCase) ? url[root.Length..] : data >= 0 ? url[(data + "/data/".Length)..] : url;
        return new BatchRequest(operation.Method, relative, body, operation.ContentId);
    }
}

using System;
using System.Collections.Generic;
using System.Text;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Writes a $batch body holding one change set (multipart/mixed inside multipart/mixed), each operation an
/// application/http part with its Content-ID (its 1-based position), as OData 4.0 specifies.
/// </summary>
internal static class BatchRequestWriter
{
    private const string Crlf = "\r\n";

    /// <summary>The body and its Content-Type header value.</summary>
    public static (byte[] Body, string ContentType) Write(Uri dataRoot, FinanceChangeSet changeSet, Guid boundaryId)
    {
        string batch = "batch_" + boundaryId.ToString("N");
        string changes = "changeset_" + boundaryId.ToString("N");
        var text = new StringBuilder();
        text.Append("--").Append(batch).Append(Crlf)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changes).Append(Crlf)
            .Append(Crlf);
        IReadOnlyList<FinanceBatchOperation> operations = changeSet.Operations;
        for (int i = 0; i < operations.Count; i++)
        {
            FinanceBatchOperation operation = operations[i];
            text.Append("--").Append(changes).Append(Crlf)
                .Append("Content-Type: application/http").Append(Crlf)
                .Append("Content-Transfer-Encoding: binary").Append(Crlf)
                .Append("Content-ID: ").Append(i + 1).Append(Crlf)
                .Append(Crlf)
                .Append(operation.Method).Append(' ').Append(FinanceUrls.For(dataRoot, operation.EntitySet, operation.Key).AbsoluteUri).Append(" HTTP/1.1").Append(Crlf)
                .Append("Accept: application/json").Append(Crlf);
            if (operation.Fields is not null)
            {
                text.Append("Content-Type: application/json").Append(Crlf)
                    .Append(Crlf)
                    .Append(Encoding.UTF8.GetString(FinanceJson.Write(operation.EntitySet, operation.Fields))).Append(Crlf);
            }
            else
            {
                text.Append(Crlf);
            }
        }

        text.Append("--").Append(changes).Append("--").Append(Crlf)
            .Append("--").Append(batch).Append("--").Append(Crlf);
        return (Encoding.UTF8.GetBytes(text.ToString()), "multipart/mixed; boundary=" + batch);
    }
}

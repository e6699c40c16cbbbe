using System;
using System.Collections.Generic;
using System.Text;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// Writes a $batch body holding change sets (each a multipart/mixed inside the batch's multipart/mixed), each
/// operation an application/http part with its Content-ID: its 1-based position in the whole batch, so the IDs are
/// unique across change sets, as OData 4.01 asks.
/// </summary>
internal static class BatchRequestWriter
{
    private const string Crlf = "\r\n";

    /// <summary>The body and its Content-Type header value.</summary>
    public static (byte[] Body, string ContentType) Write(Uri dataRoot, IReadOnlyList<FinanceChangeSet> changeSets, Guid boundaryId)
    {
        string batch = "batch_" + boundaryId.ToString("N");
        var text = new StringBuilder();
        int contentId = 0;
        for (int c = 0; c < changeSets.Count; c++)
        {
            string changes = "changeset_" + boundaryId.ToString("N") + "_" + c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append("--").Append(batch).Append(Crlf)
                .Append("Content-Type: multipart/mixed; boundary=").Append(changes).Append(Crlf)
                .Append(Crlf);
            foreach (FinanceBatchOperation operation in changeSets[c].Operations)
            {
                AppendOperation(text, dataRoot, changes, operation, ++contentId);
            }

            text.Append("--").Append(changes).Append("--").Append(Crlf);
        }

        text.Append("--").Append(batch).Append("--").Append(Crlf);
        return (Encoding.UTF8.GetBytes(text.ToString()), "multipart/mixed; boundary=" + batch);
    }

    private static void AppendOperation(StringBuilder text, Uri dataRoot, string changes, FinanceBatchOperation operation, int contentId)
    {
        text.Append("--").Append(changes).Append(Crlf)
            .Append("Content-Type: application/http").Append(Crlf)
            .Append("Content-Transfer-Encoding: binary").Append(Crlf)
            .Append("Content-ID: ").Append(contentId).Append(Crlf)
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
}

using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DualWrite.Common.Queries;

/// <summary>
/// Reads a query's rows page by page with the paging cookie, as the platform recommends for large tables; a page
/// holds at most 1,000 rows so each page's work stays well inside the sandbox's time limit.
/// </summary>
internal static class PagedQuery
{
    public const int MaximumPageSize = 1000;

    /// <summary>Each page of rows in turn; the query is sorted by its primary key so paging is stable.</summary>
    public static IEnumerable<IReadOnlyList<Entity>> Pages(IOrganizationService service, QueryExpression query, int pageSize)
    {
        if (pageSize is < 1 or > MaximumPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"A page holds 1 to {MaximumPageSize} rows.");
        }

        query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 };
        while (true)
        {
            EntityCollection page = service.RetrieveMultiple(query);
            yield return page.Entities;
            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}

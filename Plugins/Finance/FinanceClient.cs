using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.Plugins.Identity;
using Microsoft.Xrm.Sdk;

namespace DualWrite.Plugins.Finance;

/// <summary>
/// The OData client every plug-in uses to write to Finance. Create one per execution: its operation budget starts
/// when it is created and covers every request, retry and wait it makes. Failures are <see cref="FinanceException"/>s
/// whose message names the entity set, the key and Finance's own words.
/// </summary>
public sealed class FinanceClient
{
    private readonly FinanceClientSettings _settings;
    private readonly FinanceRequestSender _sender;

    public FinanceClient(FinanceClientSettings settings, ITokenProvider tokens, ITracingService tracing, IFinanceTransport? transport = null)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _sender = new FinanceRequestSender(
            settings,
            tokens ?? throw new ArgumentNullException(nameof(tokens)),
            transport ?? FinanceTransports.Default,
            tracing ?? throw new ArgumentNullException(nameof(tracing)),
            new RetryPolicy(settings.BackoffBase, settings.BackoffMax),
            new OperationBudget(settings.OperationBudget));
    }

    /// <summary>POST a new row (its fields include the key, dataAreaId among them).</summary>
    public IReadOnlyDictionary<string, object?>? Create(string entitySet, IReadOnlyDictionary<string, object?> row)
    {
        var target = new FinanceTarget("POST", entitySet, null);
        FinanceHttpResponse response = _sender.Send(target, FinanceUrls.For(_settings.DataRoot, entitySet, null), FinanceJson.Write(entitySet, row), "application/json");
        return response.IsSuccess ? RowOf(response) : throw Refused(target, response);
    }

    /// <summary>PATCH the row with this key; a missing row is an error.</summary>
    public void Update(string entitySet, FinanceKey key, IReadOnlyDictionary<string, object?> changes)
    {
        var target = new FinanceTarget("PATCH", entitySet, key);
        FinanceHttpResponse response = Patch(target, changes);
        if (!response.IsSuccess)
        {
            throw Refused(target, response);
        }
    }

    /// <summary>
    /// Writes the row whatever Finance holds: PATCH; on 404 as <see cref="CreateOrUpdate"/>.
    /// </summary>
    public FinanceWriteOutcome Upsert(string entitySet, FinanceKey key, IReadOnlyDictionary<string, object?> fields)
    {
        var patch = new FinanceTarget("PATCH", entitySet, key);
        FinanceHttpResponse updated = Patch(patch, fields);
        if (updated.IsSuccess)
        {
            return FinanceWriteOutcome.Updated;
        }

        return updated.StatusCode == 404 ? CreateOrUpdate(entitySet, key, fields) : throw Refused(patch, updated);
    }

    /// <summary>
    /// Writes a row Finance most likely does not have yet, such as a record created just now: POST (key fields
    /// added); if Finance says the row exists already (a save rolled back after Finance accepted it, or a row created
    /// meanwhile), PATCH. One request for a new row, where <see cref="Upsert"/> spends two.
    /// </summary>
    public FinanceWriteOutcome CreateOrUpdate(string entitySet, FinanceKey key, IReadOnlyDictionary<string, object?> fields)
    {
        var post = new FinanceTarget("POST", entitySet, key);
        FinanceHttpResponse created = _sender.Send(post, FinanceUrls.For(_settings.DataRoot, entitySet, null), FinanceJson.Write(entitySet, key.RowWith(fields)), "application/json");
        if (created.IsSuccess)
        {
            return FinanceWriteOutcome.Created;
        }

        if (!SaysAlreadyExists(created))
        {
            throw Refused(post, created);
        }

        var patch = new FinanceTarget("PATCH", entitySet, key);
        FinanceHttpResponse again = Patch(patch, fields);
        return again.IsSuccess ? FinanceWriteOutcome.Updated : throw Refused(patch, again);
    }

    /// <summary>DELETE the row; false when Finance has no such row.</summary>
    public bool Delete(string entitySet, FinanceKey key)
    {
        var target = new FinanceTarget("DELETE", entitySet, key);
        FinanceHttpResponse response = _sender.Send(target, FinanceUrls.For(_settings.DataRoot, entitySet, key));
        return response.IsSuccess || (response.StatusCode == 404 ? false : throw Refused(target, response));
    }

    /// <summary>GET the row with this key, or null when Finance has none.</summary>
    public IReadOnlyDictionary<string, object?>? Read(string entitySet, FinanceKey key)
    {
        var target = new FinanceTarget("GET", entitySet, key);
        FinanceHttpResponse response = _sender.Send(target, FinanceUrls.For(_settings.DataRoot, entitySet, key));
        return response.IsSuccess ? RowOf(response) : response.StatusCode == 404 ? null : throw Refused(target, response);
    }

    /// <summary>
    /// Sends several change sets in one $batch request. Each is applied all or none on its own, so one refused change
    /// set leaves the others written: the outcomes, in order, say which. A failure of the request itself (after its
    /// retries) throws, as for any single request.
    /// </summary>
    public IReadOnlyList<FinanceChangeSetOutcome> ExecuteBatch(IReadOnlyList<FinanceChangeSet> changeSets)
    {
        if (changeSets is null || changeSets.Count == 0)
        {
            throw new ArgumentException("A $batch needs at least one change set.", nameof(changeSets));
        }

        FinanceBatchOperation first = changeSets[0].Operations[0];
        string what = changeSets.Count == 1 ? changeSets[0].ToString() : $"batch of {changeSets.Count} change sets ({changeSets.Sum(c => c.Operations.Count)} operations)";
        var target = new FinanceTarget("POST", first.EntitySet, first.Key, "POST $batch " + what);
        (byte[] body, string contentType) = BatchRequestWriter.Write(_settings.DataRoot, changeSets, Guid.NewGuid());
        // A multipart $batch is answered multipart/mixed: ask for that, not the JSON every other call accepts.
        FinanceHttpResponse response = _sender.Send(target, FinanceUrls.Batch(_settings.DataRoot), body, contentType, accept: "multipart/mixed");
        if (!response.IsSuccess)
        {
            throw Refused(target, response);
        }

        IReadOnlyList<IReadOnlyList<BatchResponsePart>> groups;
        try
        {
            groups = BatchResponseReader.Read(response);
        }
        catch (FormatException e)
        {
            throw new FinanceException($"Finance's answer to the {what} could not be read: {e.Message}", first.EntitySet, first.Key, response.StatusCode, isTransient: false, e);
        }

        if (groups.Count != changeSets.Count)
        {
            throw new FinanceException($"Finance answered the {what} with {groups.Count} parts instead of {changeSets.Count}.", first.EntitySet, first.Key, response.StatusCode, isTransient: false);
        }

        var outcomes = new FinanceChangeSetOutcome[changeSets.Count];
        int contentIdsBefore = 0;
        for (int i = 0; i < changeSets.Count; i++)
        {
            outcomes[i] = Outcome(changeSets[i], groups[i], contentIdsBefore, response.StatusCode);
            contentIdsBefore += changeSets[i].Operations.Count;
        }

        return outcomes;
    }

    /// <param name="contentIdsBefore">The Content-IDs the batch's earlier change sets used: this one's first operation is that plus one.</param>
    private static FinanceChangeSetOutcome Outcome(FinanceChangeSet changeSet, IReadOnlyList<BatchResponsePart> parts, int contentIdsBefore, int batchStatus)
    {
        IReadOnlyList<FinanceBatchOperation> operations = changeSet.Operations;
        FinanceBatchOperation first = operations[0];
        int? Position(BatchResponsePart part) =>
            part.ContentId is int id && id > contentIdsBefore && id <= contentIdsBefore + operations.Count ? id - contentIdsBefore : null;

        BatchResponsePart? failed = parts.FirstOrDefault(p => !p.Response.IsSuccess);
        if (failed is not null)
        {
            FinanceBatchOperation? culprit = Position(failed) is int position ? operations[position - 1] : null;
            string which = culprit is null ? "an operation" : $"operation {Position(failed)} ({culprit})";
            return FinanceChangeSetOutcome.Refused(changeSet, new FinanceException(
                $"Finance refused the {changeSet}, so none of it was written: {which} answered HTTP {failed.Response.StatusCode}: {FinanceErrorText.Describe(failed.Response)}",
                (culprit ?? first).EntitySet, (culprit ?? first).Key, failed.Response.StatusCode, IsTransientStatus(failed.Response)));
        }

        if (parts.Count != operations.Count)
        {
            return FinanceChangeSetOutcome.Refused(changeSet, new FinanceException(
                $"Finance answered the {changeSet} with {parts.Count} responses instead of {operations.Count}.", first.EntitySet, first.Key, batchStatus, isTransient: false));
        }

        return FinanceChangeSetOutcome.Applied(changeSet, parts.Select((p, i) => new FinanceBatchOperationResult(operations[Position(p) is int position ? position - 1 : i], p.Response.StatusCode, RowOf(p.Response))).ToArray());
    }

    private FinanceHttpResponse Patch(FinanceTarget target, IReadOnlyDictionary<string, object?> fields) =>
        _sender.Send(target, FinanceUrls.For(_settings.DataRoot, target.EntitySet, target.Key), FinanceJson.Write(target.EntitySet, fields), "application/json");

    private static IReadOnlyDictionary<string, object?>? RowOf(FinanceHttpResponse response) =>
        response.Body.Length > 0 && (response.Header("Content-Type") ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ? FinanceJson.Read(response.Body) : null;

    /// <summary>Finance answers a duplicate create with a write failure whose Infolog says the record already exists.</summary>
    private static bool SaysAlreadyExists(FinanceHttpResponse response) =>
        response.StatusCode is 409 or 400 or 500 && FinanceErrorText.Describe(response).IndexOf("already exists", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsTransientStatus(FinanceHttpResponse response) =>
        response.StatusCode is 429 or 502 or 503 or 504 || (response.StatusCode == 500 && !FinanceErrorText.CarriesInfolog(response));

    private static FinanceException Refused(FinanceTarget target, FinanceHttpResponse response) =>
        new($"Finance refused {target} with HTTP {response.StatusCode}: {FinanceErrorText.Describe(response)}", target.EntitySet, target.Key, response.StatusCode, IsTransientStatus(response));
}

using System;
using System.Collections.Generic;
using System.Linq;
using DualWrite.LocalRun.DataSet;
using DualWrite.Plugins.Maps;
using DualWrite.Testing;
using DualWrite.Testing.ProjectOperations;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace DualWrite.Tests.LocalRun.DataSet;

/// <summary>The generated data set: repeatable per seed, parents always before children, valid against the schema, and covering every map.</summary>
public sealed class ProjectOperationsDataSetTests
{
    private static readonly ProjectOperationsDataSet Default = ProjectOperationsDataSet.Generate(DataSetSize.Default, seed: 7);

    [Fact]
    public void TheSameSeedGivesTheSameOperationsAndAnotherSeedOtherIds()
    {
        ProjectOperationsDataSet again = ProjectOperationsDataSet.Generate(DataSetSize.Default, seed: 7);
        ProjectOperationsDataSet other = ProjectOperationsDataSet.Generate(DataSetSize.Default, seed: 8);

        Assert.Equal(Describe(Default), Describe(again));
        Assert.NotEqual(Default.Operations.Select(o => o.Record.Id), other.Operations.Select(o => o.Record.Id));
    }

    [Fact]
    public void EveryLookupPointsAtARowAnEarlierOperationWrote()
    {
        var written = new HashSet<(string, Guid)>();
        foreach (DataSetOperation operation in Default.Operations)
        {
            if (operation.Kind == DataSetOperationKind.Update)
            {
                Assert.Contains((operation.Table, operation.Record.Id), written);
            }

            foreach (KeyValuePair<string, object?> column in operation.Record.Attributes)
            {
                if (column.Value is EntityReference target)
                {
                    Assert.True(written.Contains((target.LogicalName!, target.Id)), $"{operation.Kind} of {operation.Table} {operation.Record.Id}: {column.Key} points at {target.LogicalName} {target.Id}, not written before.");
                }
            }

            written.Add((operation.Table, operation.Record.Id));
        }
    }

    [Fact]
    public void EveryOperationIsValidAgainstTheProjectOperationsSchema()
    {
        InMemoryDataverse dataverse = ProjectOperationsSchema.NewOrganization();
        IOrganizationService service = dataverse.GetOrganizationService();
        ProjectOperationsDataSet small = ProjectOperationsDataSet.Generate(DataSetSize.Small, seed: 1);

        foreach (DataSetOperation operation in small.Operations)
        {
            switch (operation.Kind)
            {
                case DataSetOperationKind.Seed:
                    dataverse.Initialize(operation.Record);
                    break;
                case DataSetOperationKind.Create:
                    service.Create(operation.Record);
                    break;
                default:
                    service.Update(operation.Record);
                    break;
            }
        }

        Assert.Equal(small.Operations.Count(o => o.Kind != DataSetOperationKind.Update && o.Table == "msdyn_actual"), dataverse.Records("msdyn_actual").Count);
        Assert.Equal(DataSetSize.Small.ProformaLines, dataverse.Records("invoicedetail").Count(l => l.GetAttributeValue<EntityReference>("invoiceid")!.Id == small.LargestProforma.Id));
    }

    [Fact]
    public void TheDefaultSetCoversEveryMapBothLegalEntitiesAndALargeConfirmedProformaWithItsBilledSales()
    {
        var created = Default.Operations.Where(o => o.Kind == DataSetOperationKind.Create).Select(o => o.Table).ToHashSet();
        Assert.All(TableMaps.All, map => Assert.Contains(map.SourceTable, created));
        Assert.Equal(["usmf", "demf"], Default.LegalEntities);

        int lines = Default.Operations.Count(o => o.Table == "invoicedetail" && o.Record.GetAttributeValue<EntityReference>("invoiceid")!.Id == Default.LargestProforma.Id);
        Assert.True(lines >= 1_000, $"The large proforma has {lines} lines.");
        DataSetOperation last = Default.Operations.Last(o => o.Record.Id == Default.LargestProforma.Id);
        Assert.Equal(DataSetOperationKind.Update, last.Kind);
        Assert.Equal(RecordedChoice.Value("invoice", "msdyn_projectinvoicestatus", "Confirmed"), last.Record.GetAttributeValue<OptionSetValue>("msdyn_projectinvoicestatus")!.Value);

        // The confirmation turns each line into a billed-sales actual, from which Finance builds the proposal's lines.
        DataSetOperation[] billed = Default.Operations.SkipWhile(o => o != last).Skip(1).TakeWhile(o => o.Table == "msdyn_actual").ToArray();
        Assert.Equal(lines, billed.Length);
        Assert.All(billed, a => Assert.Equal(
            RecordedChoice.Value("msdyn_actual", "msdyn_transactiontypecode", "Billed Sales"),
            a.Record.GetAttributeValue<OptionSetValue>("msdyn_transactiontypecode")!.Value));

        var companies = Default.Operations.Where(o => o.Table == "salesorder" && o.Kind == DataSetOperationKind.Create).Select(o => o.Record.GetAttributeValue<EntityReference>("msdyn_company")!.Id).Distinct();
        Assert.Equal(2, companies.Count());
    }

    [Theory]
    [InlineData("small", 2)]
    [InlineData("DEFAULT", 24)]
    [InlineData(" large ", 120)]
    public void ASizeIsParsedByName(string name, int contracts) => Assert.Equal(contracts, DataSetSize.Parse(name).Contracts);

    [Fact]
    public void AnUnknownSizeIsRefusedNamingTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => DataSetSize.Parse("huge"));
        Assert.Contains("'huge'", error.Message, StringComparison.Ordinal);
        Assert.Contains("small, default, large", error.Message, StringComparison.Ordinal);
    }

    private static string[] Describe(ProjectOperationsDataSet dataSet) =>
        dataSet.Operations.Select(o => $"{o.Kind} {o.Table} {o.Record.Id} " + string.Join(";", o.Record.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={Text(a.Value)}"))).ToArray();

    private static string Text(object? value) => value switch
    {
        EntityReference reference => reference.Id.ToString(),
        OptionSetValue option => option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "null",
    };
}

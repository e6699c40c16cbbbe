using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Validation;

namespace DualWrite.Schema.Finance;

/// <summary>
/// Finance's schema as one model: the merged CSDL of the recorded entities (or a live $metadata), the
/// /Metadata/DataEntities rows, and the names no public source confirms. The emulator serves it; the fit check
/// compares it with a customer's environment.
/// </summary>
public sealed class FinanceSnapshot
{
    private const string Folder = "Finance/";
    private const string CsdlSuffix = ".csdl.xml";
    private const string JsonSuffix = ".json";

    private FinanceSnapshot(IEdmModel model, IReadOnlyList<FinanceDataEntityRow> dataEntities, IReadOnlyList<FinanceUnconfirmedName> unconfirmed)
    {
        Model = model;
        DataEntities = dataEntities;
        Unconfirmed = unconfirmed;
    }

    /// <summary>Namespace Microsoft.Dynamics.DataEntities, container Resources.</summary>
    public IEdmModel Model { get; }

    /// <summary>The /Metadata/DataEntities rows, ordered by Name.</summary>
    public IReadOnlyList<FinanceDataEntityRow> DataEntities { get; }

    /// <summary>The names recorded without a public source, for the fit check to settle.</summary>
    public IReadOnlyList<FinanceUnconfirmedName> Unconfirmed { get; }

    // Parsed and merged once per process: every emulator a test starts serves the same immutable model.
    private static readonly Lazy<FinanceSnapshot> s_embedded = new(ReadEmbedded);

    /// <summary>The recorded entities embedded in this assembly (Schema/Finance/Entities), read once.</summary>
    public static FinanceSnapshot Load() => s_embedded.Value;

    private static FinanceSnapshot ReadEmbedded()
    {
        IReadOnlyList<string> names = SchemaResources.Names(Folder);
        var documents = new List<FinanceEntityDocument>();
        foreach (string csdl in names.Where(n => n.EndsWith(CsdlSuffix, StringComparison.Ordinal)))
        {
            string entity = csdl[Folder.Length..^CsdlSuffix.Length];
            string json = Folder + entity + JsonSuffix;
            if (!names.Contains(json, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{entity}{CsdlSuffix} has no {entity}{JsonSuffix} beside it: every entity records its DataEntities row and provenance.");
            }

            documents.Add(new FinanceEntityDocument(entity, Text(csdl), Text(json)));
        }

        string? lone = names.Where(n => n.EndsWith(JsonSuffix, StringComparison.Ordinal))
            .FirstOrDefault(n => !names.Contains(n[..^JsonSuffix.Length] + CsdlSuffix, StringComparer.Ordinal));
        return lone is not null
            ? throw new InvalidDataException($"{lone[Folder.Length..]} has no {CsdlSuffix} beside it.")
            : Load(documents);
    }

    /// <summary>Recorded entities given as text: each CSDL parsed by CsdlReader, merged, and checked against its row and provenance.</summary>
    public static FinanceSnapshot Load(IEnumerable<FinanceEntityDocument> documents)
    {
        var merge = new FinanceModelMerge();
        var rows = new List<FinanceDataEntityRow>();
        var unconfirmed = new List<FinanceUnconfirmedName>();
        foreach (FinanceEntityDocument document in documents.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            string csdlFile = document.Name + CsdlSuffix;
            string jsonFile = document.Name + JsonSuffix;
            IEdmModel model = FinanceModelMerge.Parse(csdlFile, document.Csdl);
            FinanceEntityProvenance provenance = FinanceEntityProvenance.Parse(jsonFile, document.Json);
            CheckRow(csdlFile, jsonFile, document.Name, model, provenance.Row);
            CheckProvenance(jsonFile, model, provenance);
            merge.Add(csdlFile, model);
            rows.Add(provenance.Row);
            unconfirmed.AddRange(provenance.Unconfirmed.Select(u => new FinanceUnconfirmedName(jsonFile, u.Key, u.Value)));
        }

        return new FinanceSnapshot(merge.Model, rows, unconfirmed);
    }

    /// <summary>
    /// A live service's answers: its /data/$metadata and its /Metadata/DataEntities ({"value":[rows]}). Nothing is
    /// unconfirmed: the service is the fact.
    /// </summary>
    public static FinanceSnapshot FromService(string metadata, string dataEntities)
    {
        IEdmModel model = FinanceModelMerge.Parse("$metadata", metadata);
        using JsonDocument json = JsonDocument.Parse(dataEntities);
        if (!json.RootElement.TryGetProperty("value", out JsonElement value) || value.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("/Metadata/DataEntities: the answer has no \"value\" array.");
        }

        FinanceDataEntityRow[] rows = value.EnumerateArray()
            .Select(r => new FinanceDataEntityRow(Text(r, "Name"), Text(r, "PublicEntityName"), Text(r, "PublicCollectionName")))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToArray();
        return new FinanceSnapshot(model, rows, []);
    }

    /// <summary>The model as one CSDL document, UTF-8 encoded: what /data/$metadata answers.</summary>
    public byte[] WriteCsdl() => WriteCsdl(Model);

    /// <summary>Any model as one CSDL document, UTF-8 encoded; a model that makes no valid CSDL is refused.</summary>
    public static byte[] WriteCsdl(IEdmModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true }))
        {
            if (!CsdlWriter.TryWriteCsdl(model, writer, CsdlTarget.OData, out IEnumerable<EdmError> errors))
            {
                throw new InvalidDataException("The model does not make valid CSDL: " + string.Join("; ", errors.Select(e => e.ErrorMessage)));
            }
        }

        return stream.ToArray();
    }

    private static void CheckRow(string csdlFile, string jsonFile, string fileName, IEdmModel model, FinanceDataEntityRow row)
    {
        if (row.Name != fileName)
        {
            throw new InvalidDataException($"{jsonFile}: Name is '{row.Name}', but the files are named for '{fileName}'.");
        }

        IEdmEntitySet[] sets = model.EntityContainer.EntitySets().ToArray();
        if (sets.Length != 1)
        {
            throw new InvalidDataException($"{csdlFile}: declares {sets.Length} entity sets; each document holds one entity and its set.");
        }

        if (sets[0].Name != row.PublicCollectionName)
        {
            throw new InvalidDataException($"{csdlFile}: the entity set is '{sets[0].Name}', but {jsonFile} gives PublicCollectionName '{row.PublicCollectionName}'.");
        }

        if (sets[0].EntityType.Name != row.PublicEntityName)
        {
            throw new InvalidDataException($"{csdlFile}: the entity type is '{sets[0].EntityType.Name}', but {jsonFile} gives PublicEntityName '{row.PublicEntityName}'.");
        }
    }

    /// <summary>Every name of the document has a source or a reason; every entry speaks of a name the document has.</summary>
    private static void CheckProvenance(string jsonFile, IEdmModel model, FinanceEntityProvenance provenance)
    {
        var names = new List<string> { "Name", "PublicEntityName", "PublicCollectionName" };
        foreach (IEdmEntityType type in model.SchemaElements.OfType<IEdmEntityType>())
        {
            names.AddRange(type.DeclaredStructuralProperties().Select(p => p.Name));
        }

        foreach (IEdmEnumType enumType in model.SchemaElements.OfType<IEdmEnumType>())
        {
            names.Add(enumType.Name);
            names.AddRange(enumType.Members.Select(m => enumType.Name + "." + m.Name));
        }

        string? bare = names.FirstOrDefault(n => !provenance.Covers(n) && !CoveredByEnum(provenance, n));
        if (bare is not null)
        {
            throw new InvalidDataException($"{jsonFile}: '{bare}' has no provenance: give the file a Source, or the name an entry in Sources or Unconfirmed.");
        }

        var known = new HashSet<string>(names, StringComparer.Ordinal);
        string? stray = provenance.Sources.Keys.Concat(provenance.Unconfirmed.Keys).FirstOrDefault(k => !known.Contains(k));
        if (stray is not null)
        {
            throw new InvalidDataException($"{jsonFile}: Sources or Unconfirmed speaks of '{stray}', which the CSDL does not declare.");
        }
    }

    /// <summary>A member without an entry of its own is covered by its enum type's entry.</summary>
    private static bool CoveredByEnum(FinanceEntityProvenance provenance, string name)
    {
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && provenance.Covers(name[..dot]);
    }

    private static string Text(string resource)
    {
        using var reader = new StreamReader(SchemaResources.Open(resource), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"/Metadata/DataEntities: a row has no '{name}'.");
}

using System;
using System.Activities;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using DualWrite.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DualWrite.LocalRun.Zip;

/// <summary>
/// Opens a solution zip and reads what it registers from its own customizations.xml and solution.xml: every plug-in
/// step, with its type resolved in the local net10.0 builds (by assembly-qualified name for a classic assembly, by
/// export key for a plug-in package's type), and every workflow activity type of its classic assemblies. A zip that
/// registers no step, or a type the build does not have, is refused with what is wrong.
/// </summary>
public static class SolutionZipReader
{
    private const string CustomizationsEntry = "customizations.xml";
    private const string ManifestEntry = "solution.xml";

    public static RegisteredSolution Read(string zipPath)
    {
        if (!File.Exists(zipPath))
        {
            throw new SolutionZipException($"There is no solution zip at {zipPath}. Build first: dotnet build DualWrite.Plugins.sln -c Release (it packs the zip), or pass --zip PATH.");
        }

        try
        {
            using ZipArchive archive = ZipFile.OpenRead(zipPath);
            return Read(archive, zipPath);
        }
        catch (InvalidDataException e)
        {
            throw new SolutionZipException($"{zipPath} is not a readable zip: {e.Message}", e);
        }
        catch (XmlException e)
        {
            throw new SolutionZipException($"{zipPath}: an XML part is not well-formed: {e.Message}", e);
        }
    }

    private static RegisteredSolution Read(ZipArchive archive, string zipPath)
    {
        XElement customizations = Part(archive, CustomizationsEntry, zipPath);
        var types = new ShippedTypes();

        var activities = new List<Type>();
        var classicAssemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (XElement assembly in customizations.Element("SolutionPluginAssemblies")?.Elements("PluginAssembly") ?? [])
        {
            string assemblyName = (string?)assembly.Attribute("FullName") ?? "(unnamed)";
            classicAssemblies.Add(assemblyName);
            foreach (XElement pluginType in assembly.Element("PluginTypes")?.Elements("PluginType") ?? [])
            {
                string label = $"Plug-in assembly '{assemblyName}'";
                string name = (string?)pluginType.Attribute("AssemblyQualifiedName") ?? throw new SolutionZipException($"{label} has a PluginType without an AssemblyQualifiedName.");
                Type type = types.Resolve(name, label);
                if (typeof(CodeActivity).IsAssignableFrom(type))
                {
                    activities.Add(type);
                }
                else if (!typeof(IPlugin).IsAssignableFrom(type))
                {
                    throw new SolutionZipException($"{label} registers {type.FullName}, which is neither a plug-in (IPlugin) nor a workflow activity (CodeActivity).");
                }
            }
        }

        var packageTypes = new PackageTypes(archive, Part(archive, ManifestEntry, zipPath), classicAssemblies, types, zipPath);
        PluginStep[] steps = customizations.Element("SdkMessageProcessingSteps")?.Elements("SdkMessageProcessingStep").Select(s => ZipStepReader.Read(s, types, packageTypes)).ToArray() ?? [];
        if (steps.Length == 0)
        {
            throw new SolutionZipException($"The solution zip {zipPath} registers no plug-in step (its {CustomizationsEntry} has no SdkMessageProcessingStep): nothing would run.");
        }

        return new RegisteredSolution(zipPath, steps, activities, ZipActionReader.Read(archive, customizations, types, zipPath));
    }

    private static XElement Part(ZipArchive archive, string name, string zipPath)
    {
        ZipArchiveEntry entry = archive.GetEntry(name)
            ?? throw new SolutionZipException($"{zipPath} is not a Dataverse solution: it has no {name}.");
        using Stream stream = entry.Open();
        return XDocument.Load(stream).Root ?? throw new SolutionZipException($"{zipPath}: {name} is empty.");
    }
}

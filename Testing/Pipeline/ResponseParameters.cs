using System;
using System.Collections.Generic;

namespace DualWrite.Testing.Pipeline;

/// <summary>
/// A few messages name a result differently in a plug-in's OutputParameters than in the response the caller
/// gets (Retrieve's Entity is BusinessEntity to a plug-in); the rest use one name.
/// </summary>
internal static class ResponseParameters
{
    private static readonly Dictionary<(string Message, string Result), string> s_outputNames = new()
    {
        [("Retrieve", "Entity")] = "BusinessEntity",
        [("RetrieveMultiple", "EntityCollection")] = "BusinessEntityCollection",
    };

    public static string OutputName(string message, string result) => s_outputNames.GetValueOrDefault((message, result), result);

    public static string ResultName(string message, string output)
    {
        foreach (var ((m, result), name) in s_outputNames)
        {
            if (string.Equals(m, message, StringComparison.Ordinal) && string.Equals(name, output, StringComparison.Ordinal))
            {
                return result;
            }
        }

        return output;
    }
}

using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace DualWrite.WorkflowActivities.Imports;

/// <summary>
/// Every problem found in a Finance document before anything is written, so the sender learns all of them from one
/// error instead of one per attempt.
/// </summary>
internal sealed class ImportProblems
{
    private readonly List<string> _problems = [];

    public int Count => _problems.Count;

    public void Add(string problem) => _problems.Add(problem);

    /// <summary>Refuses the document, listing every problem, when there is any.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(
                $"The Finance document was not imported ({_problems.Count} problem{(_problems.Count == 1 ? "" : "s")}); nothing was written:\n- " + string.Join("\n- ", _problems));
        }
    }
}

using System.Collections.Generic;

namespace System.Activities;

/// <summary>The context a <see cref="CodeActivity"/> executes with.</summary>
public class CodeActivityContext : ActivityContext
{
    internal CodeActivityContext(Activity activity, Dictionary<Argument, object?> values, IReadOnlyList<object> extensions, Guid workflowInstanceId, string activityInstanceId)
        : base(activity, values, extensions, workflowInstanceId, activityInstanceId)
    {
    }
}

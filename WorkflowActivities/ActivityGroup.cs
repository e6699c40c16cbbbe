namespace DualWrite.WorkflowActivities;

/// <summary>The workflow designer's sub-menu (and the Plugin Registration Tool's group) the activities appear under.</summary>
internal static class ActivityGroup
{
    public const string Name = "DualWrite for Project Operations";
}

namespace AlnDecisions.Rules.Facts;

/// <summary>The setting as rule expressions see it (<c>learner.setting.*</c>).</summary>
public sealed class SettingFacts
{
    /// <summary>e.g. MAINTAINED_SCHOOL, or null when unknown.</summary>
    public string? Kind { get; set; }
    public string? Authority { get; set; }

    /// <summary>NOT_IN_SPECIALIST_CLASS, LEARNING_SUPPORT_CLASS, RESOURCE_BASE, or null.</summary>
    public string? SpecialistClass { get; set; }
    public bool? WelshMedium { get; set; }

    internal SettingFacts Clone() => (SettingFacts)MemberwiseClone();
}

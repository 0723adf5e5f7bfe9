namespace AlnDecisions.Domain;

/// <summary>The learner's setting. Every property may be unknown (null).</summary>
/// <param name="Kind">What kind of setting.</param>
/// <param name="Authority">Code of the authority that maintains the setting.</param>
/// <param name="SpecialistClass">Placement in a learning support class or resource base.</param>
/// <param name="WelshMedium">Whether the setting teaches through Welsh.</param>
/// <param name="Reference">The caller's reference for the setting, for its own calendar.</param>
public sealed record Setting(
    SettingKind? Kind = null,
    string? Authority = null,
    SpecialistClass? SpecialistClass = null,
    bool? WelshMedium = null,
    string? Reference = null)
{
    /// <summary>A setting about which nothing is known.</summary>
    public static Setting Unknown { get; } = new();
}

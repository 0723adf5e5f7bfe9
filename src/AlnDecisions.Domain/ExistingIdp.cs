namespace AlnDecisions.Domain;

/// <summary>An IDP the learner already has.</summary>
/// <param name="MaintainedBy">Who maintains it.</param>
/// <param name="Authority">The authority that maintains it, when one does.</param>
public sealed record ExistingIdp(IdpMaintainer? MaintainedBy = null, string? Authority = null);

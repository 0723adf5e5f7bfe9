using AlnDecisions.Contract.V1;

namespace AlnDecisions.Contract;

/// <summary>
/// The further answers a decision gives beside its outcome (who maintains the IDP, who pays, ...),
/// by their proto3 JSON names: one list for whatever shows or compares them (the panel's page,
/// replay), so an answer added to the contract is added here once.
/// </summary>
public static class FurtherAnswers
{
    /// <summary>Each further answer's JSON name and its value in a decision as text; null when the decision leaves it unset.</summary>
    public static IReadOnlyList<(string Name, Func<Decision, string?> Read)> Fields { get; } =
    [
        ("responsibleAuthority", d => d.ResponsibleAuthority.Length > 0 ? d.ResponsibleAuthority : null),
        ("fundingAuthority", d => d.FundingAuthority.Length > 0 ? d.FundingAuthority : null),
        ("mayDirectSchool", d => d.HasMayDirectSchool ? Text(d.MayDirectSchool) : null),
        ("referToAuthority", d => d.HasReferToAuthority ? Text(d.ReferToAuthority) : null),
        ("recoupment", d => d.Recoupment.Length > 0 ? d.Recoupment : null),
        ("consultationRequired", d => d.HasConsultationRequired ? Text(d.ConsultationRequired) : null),
        ("principlesConflict", d => d.HasPrinciplesConflict ? Text(d.PrinciplesConflict) : null),
    ];

    /// <summary>The further answers <paramref name="decision"/> sets, in the order of <see cref="Fields"/>.</summary>
    public static IEnumerable<(string Name, string Value)> Of(Decision decision)
    {
        foreach (var (name, read) in Fields)
        {
            if (read(decision) is { } value)
            {
                yield return (name, value);
            }
        }
    }

    // proto3 JSON's spelling of a bool.
    private static string Text(bool value) => value ? "true" : "false";
}

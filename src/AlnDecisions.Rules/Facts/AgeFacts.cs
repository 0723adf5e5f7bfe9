namespace AlnDecisions.Rules.Facts;

/// <summary>
/// Age facts worked out from <c>learner.dateOfBirth</c> on the decision date with the national
/// rule set's compulsory-school-age rule (<c>age.*</c>). All null when the date of birth is unknown.
/// </summary>
public sealed class AgeFacts
{
    public int? Years { get; set; }
    public bool? UnderThree { get; set; }
    public bool? BelowCompulsorySchoolAge { get; set; }
    public bool? OverCompulsorySchoolAge { get; set; }
    public bool? TwentyFiveOrOver { get; set; }

    internal AgeFacts Clone() => (AgeFacts)MemberwiseClone();
}

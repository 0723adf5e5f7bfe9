namespace AlnDecisions.Domain;

/// <summary>The age facts the Act turns on, worked out for one date.</summary>
/// <param name="Years">Completed years.</param>
/// <param name="UnderThree">s.3(2): the under-three case.</param>
/// <param name="BelowCompulsorySchoolAge">s.2(3): a child under compulsory school age.</param>
/// <param name="OverCompulsorySchoolAge">A young person: over compulsory school age.</param>
/// <param name="TwentyFiveOrOver">Outside the Act, which covers people aged under 25.</param>
public sealed record LearnerAge(
    int Years,
    bool UnderThree,
    bool BelowCompulsorySchoolAge,
    bool OverCompulsorySchoolAge,
    bool TwentyFiveOrOver)
{
    /// <summary>Works out the age facts for someone born on <paramref name="dateOfBirth"/>, on <paramref name="on"/>.</summary>
    public static LearnerAge On(DateOnly dateOfBirth, DateOnly on, CompulsorySchoolAgeRule schoolAge)
    {
        var years = on.Year - dateOfBirth.Year;
        if (dateOfBirth.AddYears(years) > on)
        {
            years--;
        }

        return new LearnerAge(
            years,
            years < 3,
            on < schoolAge.StartsOn(dateOfBirth),
            on > schoolAge.EndsOn(dateOfBirth),
            years >= 25);
    }
}

namespace AlnDecisions.Domain.Timescales;

/// <summary>
/// Whether, and under whose words, a calendar-basis period whose last day is not a working day runs
/// on to the next working day. Each period takes the rule of the law that sets it: ALN (Wales)
/// Regulations 2021 reg 2(4) extends only periods "these Regulations provide for", so a period the
/// Act sets (the s.23 review) or another instrument sets follows that source, and none moves by default.
/// Term-day periods end on a day the setting is open and have nothing to move.
/// </summary>
public enum RollForward
{
    /// <summary>The source provides no extension: the period ends on its last day, a weekend or bank holiday included (Act s.23; ETW Regulations reg 53(2)).</summary>
    None,

    /// <summary>
    /// ALN (Wales) Regulations 2021 reg 2(4): a period the Regulations provide for whose last day is not a
    /// working day "is extended to include the following working day" (regs 10, 11, 12, 18).
    /// </summary>
    Reg24,

    /// <summary>
    /// The Education Tribunal for Wales Regulations' own words: an appeal is received by "the first working
    /// day after" the end of a period beginning with the date the notice was given. Counted from the
    /// day after the notice, that is the period's last day when it is a working day, else the next one.
    /// </summary>
    EtwFirstWorkingDay,
}

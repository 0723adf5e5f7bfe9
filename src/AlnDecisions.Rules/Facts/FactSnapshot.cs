using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;

namespace AlnDecisions.Rules.Facts;

/// <summary>
/// The values every fact has at one point of one request. Immutable: a kind that publishes facts
/// (whether the learner has ALN, the IDP question under another authority) makes a new snapshot,
/// so each evaluation sees exactly the facts that existed when it ran.
/// </summary>
internal sealed class FactSnapshot
{
    private readonly object?[] _slots;
    private readonly IReadOnlyList<MissingInformation>?[] _behind;

    private FactSnapshot(FactModel model, object?[] slots, IReadOnlyList<MissingInformation>?[] behind)
    {
        Model = model;
        _slots = slots;
        _behind = behind;
    }

    public FactModel Model { get; }

    public object? this[RuleFact fact] => _slots[fact.Index];

    /// <summary>The case's facts, with the facts <see cref="CaseFacts"/> works out from them.</summary>
    public static FactSnapshot Of(FactModel model, DecisionCase decisionCase, CompulsorySchoolAgeRule? schoolAge)
    {
        var slots = new object?[model.Count];
        decisionCase.Facts.CopyTo(slots);
        foreach (var fact in model.Request.Facts)
        {
            if (fact.Kind == FactKind.Date && slots[fact.Index] is DateOnly date)
            {
                // Expressions compare dates as DateTime, as Dynamic LINQ does.
                slots[fact.Index] = date.ToDateTime(TimeOnly.MinValue);
            }
        }

        CaseFacts.Fill(model, slots, decisionCase, schoolAge);
        return new FactSnapshot(model, slots, new IReadOnlyList<MissingInformation>?[model.Count]);
    }

    /// <summary>A snapshot with nothing known, for checking rules against each other at load.</summary>
    public static FactSnapshot Blank(FactModel model)
    {
        var slots = new object?[model.Count];
        foreach (var fact in model.Facts)
        {
            if (fact.Kind is FactKind.TextList or FactKind.ChoiceList)
            {
                slots[fact.Index] = Array.Empty<string>();
            }
        }

        return new FactSnapshot(model, slots, new IReadOnlyList<MissingInformation>?[model.Count]);
    }

    /// <summary>
    /// This snapshot with published facts set. A fact's Behind, when it is left unknown
    /// because its decision needs information, says what that decision is missing: it is reported in
    /// the fact's place.
    /// </summary>
    public FactSnapshot With(params (RuleFact Fact, object? Value, IReadOnlyList<MissingInformation>? Behind)[] published)
    {
        var slots = (object?[])_slots.Clone();
        var behind = (IReadOnlyList<MissingInformation>?[])_behind.Clone();
        foreach (var (fact, value, missing) in published)
        {
            slots[fact.Index] = value;
            behind[fact.Index] = value is null ? missing : null;
        }

        return new FactSnapshot(Model, slots, behind);
    }

    /// <summary>A copy of the values, for trying an unknown fact's values without touching this snapshot.</summary>
    public object?[] CopySlots() => (object?[])_slots.Clone();

    /// <summary>The slots themselves, read-only by contract: evaluation reads them, nothing writes them.</summary>
    public object?[] Slots => _slots;

    /// <summary>What to ask for when <paramref name="fact"/> is unknown: what its decision is missing, else the facts it is given by.</summary>
    public IEnumerable<MissingInformation> MissingFor(RuleFact fact) =>
        _behind[fact.Index] ?? fact.AskFor;
}

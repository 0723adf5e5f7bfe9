using System.Runtime.CompilerServices;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Rules.Plan;

namespace AlnDecisions.Rules.Facts;

/// <summary>One fact model per contract schema, so reloads reuse its rule-facing types rather than making new ones.</summary>
internal static class FactModels
{
    private static readonly ConditionalWeakTable<FactSchema, FactModel> Models = [];

    public static FactModel For(FactSchema request) => Models.GetValue(request, schema => new FactModel(schema, DecisionPlan.DerivedFacts));
}

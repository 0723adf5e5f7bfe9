namespace AlnDecisions.Store.Internal;

/// <summary>
/// The listing's WHERE clause, the same for both backends: only the filters given, so each
/// database can use its (filter, decision_id) indexes; dates converted the backend's way.
/// </summary>
internal static class ListSql
{
    public static (string Where, List<(string Name, object Value)> Parameters) Conditions(ListFilter filter, string? beforeId, Func<DateOnly, object> date)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object)>();
        void Where(string condition, string name, object value)
        {
            conditions.Add(condition);
            parameters.Add((name, value));
        }

        if (filter.CaseReference is { } caseReference)
        {
            Where("r.case_reference = @case", "@case", caseReference);
        }

        if (filter.Authority is { } authority)
        {
            Where("r.authority = @authority", "@authority", authority);
        }

        if (filter.Kind is { } kind)
        {
            Where("EXISTS (SELECT 1 FROM decision_kinds k WHERE k.decision_id = r.decision_id AND k.kind = @kind)", "@kind", kind);
        }

        if (filter.DecidedFrom is { } from)
        {
            Where("r.decision_date >= @from", "@from", date(from));
        }

        if (filter.DecidedTo is { } to)
        {
            Where("r.decision_date <= @to", "@to", date(to));
        }

        if (beforeId is not null)
        {
            Where("r.decision_id < @before", "@before", beforeId);
        }

        return (conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions), parameters);
    }

    /// <summary>The list for <paramref name="key"/>, made on first use (grouping child rows by decision id).</summary>
    public static List<T> Bucket<T>(Dictionary<string, List<T>> buckets, string key)
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            list = [];
            buckets[key] = list;
        }

        return list;
    }
}

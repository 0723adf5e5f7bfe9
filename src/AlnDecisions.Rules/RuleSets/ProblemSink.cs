using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Rules.RuleSets;

/// <summary>Collects every problem in one file so all are reported at once.</summary>
internal sealed class ProblemSink(string file)
{
    private readonly List<RuleSetProblem> _problems = [];

    public string File { get; } = file;

    public IReadOnlyList<RuleSetProblem> Problems => _problems;

    public bool Any => _problems.Count > 0;

    public void Add(string code, JToken at, string? ruleName, string message)
    {
        var info = (IJsonLineInfo)at;
        _problems.Add(new RuleSetProblem(code, File, info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0, ruleName, message));
    }

    public void Add(string code, int line, int column, string? ruleName, string message) =>
        _problems.Add(new RuleSetProblem(code, File, line, column, ruleName, message));
}

using AlnDecisions.Contract;
using AlnDecisions.Contract.V1;
using Newtonsoft.Json.Linq;

namespace AlnDecisions.Specs.Steps;

/// <summary>
/// One scenario's state, shared by its step classes (constructor-injected, as SpecFlow does): the
/// request built up as proto3 JSON, and the response or rejection it produced.
/// </summary>
public sealed class DecisionScenario
{
    private readonly List<DecisionResponse> _responses = [];

    /// <summary>The request in proto3 JSON; steps set fields by their JSON paths.</summary>
    public JObject Request { get; } = new()
    {
        ["caseReference"] = "scenario",
        ["learner"] = new JObject(),
    };

    /// <summary>A rules directory (relative to the repository root) other than rules/, when a scenario names one.</summary>
    public string? RulesDirectory { get; set; }

    /// <summary>The response, once a When step has run and the request was valid.</summary>
    public DecisionResponse? Response { get; private set; }

    /// <summary>Why the request was refused, once a When step has run and it was not valid.</summary>
    public IReadOnlyList<FieldViolation>? Rejection { get; private set; }

    /// <summary>Every response this scenario produced, in order (a scenario may decide more than once); read by coverage reports.</summary>
    public IReadOnlyList<DecisionResponse> Responses => _responses;

    /// <summary>Records what the pipeline made of the request.</summary>
    public void Record(DecideResult result)
    {
        Response = result.Response;
        Rejection = result.IsValid ? null : result.Violations;
        if (result.Response is not null)
        {
            _responses.Add(result.Response);
        }
    }

    /// <summary>The kind the last When step asked for; Then steps without a kind mean this one.</summary>
    public string? AskedKind { get; set; }

    /// <summary>Sets <paramref name="path"/> (e.g. learner.needs.solelyLanguageOfHome) to <paramref name="value"/>, creating objects on the way.</summary>
    public void Set(string path, JToken? value)
    {
        var parts = path.Split('.');
        var target = Request;
        foreach (var part in parts[..^1])
        {
            if (target[part] is not JObject next)
            {
                next = new JObject();
                target[part] = next;
            }

            target = next;
        }

        if (value is null)
        {
            target.Remove(parts[^1]);
        }
        else
        {
            target[parts[^1]] = value;
        }
    }
}

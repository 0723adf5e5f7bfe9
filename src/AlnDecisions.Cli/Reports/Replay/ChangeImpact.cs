using System.Security.Cryptography;
using AlnDecisions.Contract.V1;
using AlnDecisions.Rules.Catalog;
using UpperSnakeCase = AlnDecisions.Domain.UpperSnakeCase;

namespace AlnDecisions.Cli.Reports.Replay;

/// <summary>
/// Which decisions a candidate can change at all, worked out from what differs between the two
/// catalogs, so that replay decides only those. A decision of one kind depends only on rule sets of
/// that kind and of the kinds it builds on (IDP and post-16 use the ALN determination; cross-border
/// uses the IDP question; a case that records <c>learner.hasAln</c> uses that instead of an ALN
/// determination), from the national layer or from an authority the case names; timescales
/// also depend on the term calendars. A case none of whose kinds can be affected needs no deciding:
/// its answers are the same on both sides. A kind this table does not know is always decided.
/// </summary>
public sealed class ChangeImpact
{
    private static readonly Dictionary<DecisionKind.Types.Value, DecisionKind.Types.Value[]> BuildsOn = new()
    {
        [DecisionKind.Types.Value.AlnDetermination] = [],
        [DecisionKind.Types.Value.IdpResponsibility] = [DecisionKind.Types.Value.AlnDetermination],
        [DecisionKind.Types.Value.Post16ReasonableNeeds] = [DecisionKind.Types.Value.AlnDetermination],
        [DecisionKind.Types.Value.CrossBorder] = [DecisionKind.Types.Value.IdpResponsibility, DecisionKind.Types.Value.AlnDetermination],
        [DecisionKind.Types.Value.StatutoryTimescales] = [],
    };

    private readonly IReadOnlyList<(DecisionKind.Types.Value Kind, string Authority)> _changed;
    private readonly bool _calendarsChanged;
    private readonly bool _everything;

    private ChangeImpact(IReadOnlyList<(DecisionKind.Types.Value, string)> changed, bool calendarsChanged, bool everything)
    {
        _changed = changed;
        _calendarsChanged = calendarsChanged;
        _everything = everything;
    }

    /// <summary>Rule-set versions that differ (changed, added or removed), by kind and authority.</summary>
    public int ChangedRuleSets => _changed.Count;

    /// <summary>Every case may change: a decision kind this table does not know changed, or the caller asked for a full replay.</summary>
    public static ChangeImpact Everything { get; } = new([], true, true);

    /// <summary>Which cases the differences between two rule directories can reach.</summary>
    public static ChangeImpact Between(RuleSetCatalog current, string currentDirectory, RuleSetCatalog candidate, string candidateDirectory)
    {
        var before = current.RuleSets.Select(s => (s.Id, s.Version, s.Sha256)).ToHashSet();
        var after = candidate.RuleSets.Select(s => (s.Id, s.Version, s.Sha256)).ToHashSet();
        var changed = current.RuleSets.Where(s => !after.Contains((s.Id, s.Version, s.Sha256)))
            .Concat(candidate.RuleSets.Where(s => !before.Contains((s.Id, s.Version, s.Sha256))))
            .Select(s => (Kind: ProtoKind(UpperSnakeCase.From(s.Kind)), s.Authority))
            .Distinct()
            .ToArray();
        var unknownKind = changed.Any(c => c.Kind is null || !BuildsOn.ContainsKey(c.Kind.Value));
        return new ChangeImpact(
            changed.Where(c => c.Kind is not null).Select(c => (c.Kind!.Value, c.Authority)).ToArray(),
            CalendarsHash(currentDirectory) != CalendarsHash(candidateDirectory),
            unknownKind);
    }

    /// <summary>Whether <paramref name="request"/>'s answers can differ between the two sides.</summary>
    public bool MayChange(DecisionRequest request)
    {
        if (_everything)
        {
            return true;
        }

        var kinds = request.Kinds.Count == 0 ? BuildsOn.Keys : request.Kinds.AsEnumerable();
        foreach (var kind in kinds)
        {
            if (!BuildsOn.TryGetValue(kind, out var basis))
            {
                return true;
            }

            if (kind == DecisionKind.Types.Value.StatutoryTimescales && _calendarsChanged)
            {
                return true;
            }

            var recordedAln = request.Learner?.HasHasAln == true;
            foreach (var (changedKind, authority) in _changed)
            {
                var reaches = changedKind == kind || (basis.Contains(changedKind) && !(recordedAln && changedKind == DecisionKind.Types.Value.AlnDetermination));
                if (reaches && (authority == "national" || Names(request, authority)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Every authority a case can bring into a decision: where it is decided, where the learner
    // lives, where the setting is, who looks after the learner, who maintains an existing IDP.
    private static bool Names(DecisionRequest request, string authority) =>
        request.Authority == authority
        || request.Learner?.HomeAuthority == authority
        || request.Learner?.Setting?.Authority == authority
        || request.Learner?.LookingAfterAuthority == authority
        || request.Learner?.ExistingIdp?.Authority == authority;

    private static DecisionKind.Types.Value? ProtoKind(string name) =>
        DecisionKind.Descriptor.EnumTypes[0].FindValueByName(name) is { } value ? (DecisionKind.Types.Value)value.Number : null;

    private static string CalendarsHash(string rulesDirectory)
    {
        var calendars = Path.Combine(rulesDirectory, "calendars");
        if (!Directory.Exists(calendars))
        {
            return string.Empty;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(calendars, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(calendars, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

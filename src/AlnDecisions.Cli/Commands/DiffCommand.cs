using System.CommandLine;
using AlnDecisions.Cli.Hosting;
using AlnDecisions.Cli.Reports.Diff;

namespace AlnDecisions.Cli.Commands;

/// <summary><c>aln-rules diff OLD_DIR NEW_DIR</c>: what changed between two rules directories, in words. Exits 1 when they differ, as diff does.</summary>
internal static class DiffCommand
{
    public static Command Build(CliConsole console)
    {
        var oldDir = CommonOptions.Positional("OLD_DIR", "the rules as they are", required: true);
        var newDir = CommonOptions.Positional("NEW_DIR", "the rules as they would be", required: true);
        var format = CommonOptions.Format();
        var lang = CommonOptions.Lang();
        var command = new Command("diff", "Say what changed between two rules directories: rule sets and rules added, removed or changed (expression, outcome, citation, text, effective dates, parameters, order), per authority and kind. Exit 1 when they differ.")
        {
            oldDir, newDir, format, lang,
        };
        command.SetAction(async (parse, _) =>
        {
            var before = RepositoryPaths.ExistingDirectory(parse.GetValue(oldDir)!, "OLD_DIR");
            var after = RepositoryPaths.ExistingDirectory(parse.GetValue(newDir)!, "NEW_DIR");
            var changes = await RuleDirectoryDiff.CompareAsync(before, after);
            if (CommonOptions.FormatOf(parse, format) == OutputFormat.Json)
            {
                await JsonOutput.WriteAsync(console.Out, new { old = before, @new = after, changes });
                return changes.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
            }

            var l = CommonOptions.LangOf(parse, lang);
            foreach (var group in changes.GroupBy(c => (c.Authority, c.Kind)))
            {
                await console.Out.WriteLineAsync($"{group.Key.Authority} · {group.Key.Kind}");
                foreach (var set in group)
                {
                    await console.Out.WriteLineAsync($"  {l.Say("rule set", "set reolau")} {set.RuleSet}@{set.Version} ({set.File}): {Word(set.Change, l)}");
                    foreach (var field in set.Envelope)
                    {
                        await console.Out.WriteLineAsync($"    {Describe(field, l, set.Change == RuleDirectoryDiff.Changed)}");
                    }

                    foreach (var rule in set.Rules)
                    {
                        await console.Out.WriteLineAsync(rule.Rule == "(order)"
                            ? $"    {l.Say("order of rules changed (the first rule that passes decides)", "newidiwyd trefn y rheolau (y rheol gyntaf sy'n pasio sy'n penderfynu)")}"
                            : $"    {l.Say("rule", "rheol")} '{rule.Rule}': {Word(rule.Change, l)}");
                        foreach (var field in rule.Fields)
                        {
                            await console.Out.WriteLineAsync($"      {Describe(field, l, rule.Change == RuleDirectoryDiff.Changed)}");
                        }
                    }
                }
            }

            var sets = changes.GroupBy(c => c.Change).ToDictionary(g => g.Key, g => g.Count());
            var rules = changes.SelectMany(c => c.Rules).Where(r => r.Rule != "(order)").GroupBy(r => r.Change).ToDictionary(g => g.Key, g => g.Count());
            await console.Out.WriteLineAsync(changes.Count == 0
                ? l.Say("no differences", "dim gwahaniaethau")
                : l.Say(
                    $"rule sets: {sets.GetValueOrDefault(RuleDirectoryDiff.Added)} added, {sets.GetValueOrDefault(RuleDirectoryDiff.Removed)} removed, {sets.GetValueOrDefault(RuleDirectoryDiff.Changed)} changed; rules: {rules.GetValueOrDefault(RuleDirectoryDiff.Added)} added, {rules.GetValueOrDefault(RuleDirectoryDiff.Removed)} removed, {rules.GetValueOrDefault(RuleDirectoryDiff.Changed)} changed",
                    $"setiau rheolau: {sets.GetValueOrDefault(RuleDirectoryDiff.Added)} wedi'u hychwanegu, {sets.GetValueOrDefault(RuleDirectoryDiff.Removed)} wedi'u dileu, {sets.GetValueOrDefault(RuleDirectoryDiff.Changed)} wedi'u newid; rheolau: {rules.GetValueOrDefault(RuleDirectoryDiff.Added)} wedi'u hychwanegu, {rules.GetValueOrDefault(RuleDirectoryDiff.Removed)} wedi'u dileu, {rules.GetValueOrDefault(RuleDirectoryDiff.Changed)} wedi'u newid"));
            return changes.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static string Word(string change, Language l) => change switch
    {
        RuleDirectoryDiff.Added => l.Say("added", "ychwanegwyd"),
        RuleDirectoryDiff.Removed => l.Say("removed", "dilëwyd"),
        _ => l.Say("changed", "newidiwyd"),
    };

    // In a change, a missing value is "none" (or "open-ended" for an end date); in an addition or removal, only the value shows.
    private static string Describe(FieldChange field, Language l, bool changed) => (field.Was, field.Now) switch
    {
        (null, null) => field.Field,
        (null, var now) when changed => $"{field.Field}: {l.Say("was", "roedd")} {Absent(field, l)}, {l.Say("now", "bellach")} {now}",
        (null, var now) => $"{field.Field}: {Value(now, l)}",
        (var was, null) when changed => $"{field.Field}: {l.Say("was", "roedd")} {was}, {l.Say("now", "bellach")} {Absent(field, l)}",
        (var was, null) => $"{field.Field}: {was}",
        (var was, var now) => $"{field.Field}: {l.Say("was", "roedd")} {Value(was, l)}, {l.Say("now", "bellach")} {Value(now, l)}",
    };

    private static string Absent(FieldChange field, Language l) =>
        field.Field == "effectiveTo" ? l.Say("open-ended", "penagored") : l.Say("none", "dim");

    private static string Value(string? value, Language l) => value ?? l.Say("none", "dim");
}

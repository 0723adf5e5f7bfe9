using System.Text;
using CsCheck;

namespace AlnDecisions.Rules.Tests.Properties;

/// <summary>
/// Generated rule expressions and rule files. Expressions are built from the facts rules read, the
/// operators and literals they use, and the tokens a hostile or careless author would reach for;
/// files are a valid file broken the ways hand editing breaks one.
/// </summary>
internal static class RuleFileGen
{
    private static readonly string[] BooleanFacts =
        ["learner.needs.solelyLanguageOfHome", "learner.needs.significantlyGreaterDifficulty", "learner.lookedAfter", "learner.hasAln", "age.underThree", "age.twentyFiveOrOver", "learner.provision.additionalOrDifferentRequired"];

    private static readonly string[] TextFacts = ["learner.setting.kind", "learner.homeAuthority", "learner.provision.tier", "decision.authority", "aln.status", "learner.setting.reference"];

    private static readonly string[] NumberFacts = ["age.years", "learner.post16.yearsOnProgramme"];

    private static readonly string[] ListFacts = ["learner.needs.areas", "learner.post16.informationConsidered"];

    /// <summary>Tokens that reach outside the facts. An expression holding any of them, outside a text literal, must be refused.</summary>
    public static readonly string[] Hostile =
    [
        "learner.GetType().Name", "learner.needs.GetType().Assembly.FullName", "DateTime.Now.Year", "DateTime.UtcNow.Ticks", "Math.Pow(2, 64)",
        "Enumerable.Range(0, 200000000).Count()", "Guid.NewGuid().ToString()", "System.IO.File.Exists(\"/etc/passwd\")", "Environment.Exit(1)",
        "Environment.GetEnvironmentVariable(\"HOME\")", "Activator.CreateInstance(\"x\", \"y\")", "Type.GetType(\"System.IO.File\")", "AppDomain.CurrentDomain",
        "new System.Net.WebClient()", "typeof(string).Assembly", "learner.needs.areas.Select(a => a.Length).Sum()", "learner.needs.areas.Any(a => a == \"x\")",
        "learner.needs.areas.Where(a => true).Count()", "learner.needs.areas.Aggregate(\"\", (a, b) => a + b)", "string.Join(\",\", learner.needs.areas)",
        "\"abc\".GetHashCode()", "learner.provision.tier.GetType()", "int.Parse(\"1\")", "Convert.ToInt32(\"1\")", "np(learner.GetType())",
        "learner.provision.tier.PadLeft(100000000)", "string.Concat(learner.provision.tier, learner.provision.tier)", "new string('x', 100000000)",
        "learner.provision.tier.Replace(\"a\", \"bb\")", "learner.provision.tier.Normalize()", "learner.provision.tier.ToCharArray()",
        "Tuple.Create(1, 2).Item1", "TimeSpan.MaxValue.Ticks", "DateTime.Today", "DateTimeOffset.Now", "object.ReferenceEquals(learner, null)",
        "Thread.Sleep(100000)", "GC.Collect()", "Process.Start(\"sh\")", "Console.ReadLine()", "Uri.EscapeDataString(\"x\")", "Regex.IsMatch(learner.provision.tier, \"(a+)+$\")",
        "Enumerable.Repeat(1, 100000000).Sum()", "learner.needs.areas.OrderBy(a => a).First()", "learner.needs.areas.ToList()", "learner.needs.areas.ToArray()",
    ];

    /// <summary>Text that breaks the grammar: unbalanced brackets and quotes, stray operators, escapes.</summary>
    private static readonly string[] Malformed = ["(", ")", "\"", "'", "&&", "||", "==", "!", "?", ":", "[", "]", "{", "}", "@0", "it", "$", "\\", "=>", ",", ".", "..", "\u0000", "\u202E", "/*", "--", ";"];

    private static Gen<string> Pick(string[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static readonly Gen<string> TextLiteral = Gen.OneOf(
        Gen.Const("\"SPECIAL_SCHOOL\""), Gen.Const("\"cardiff\""), Gen.Const("\"HAS_ALN\""), Gen.Const("\"\""), Gen.Const("\"GetType()\""),
        Gen.Const("\"' != 'a' && Enumerable.Range(0, 9).Count() > 0 || '\""), Gen.Const("\"\\\"\""), Gen.Const("\"ŵ🧠\""),
        Gen.Char["abcdefghijklmnopqrstuvwxyz-"].Array[0, 12].Select(c => "\"" + new string(c) + "\""));

    private static readonly Gen<string> NumberLiteral = Gen.OneOf(
        Gen.Int[-30, 30].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf(new[] { "2147483647", "-2147483648", "2147483648", "9223372036854775807", "1.5", "1e308", "0x10", "1L", "1U" }.Select(Gen.Const).ToArray()));

    private static readonly Gen<string> DateLiteral = Gen.OneOf(
        Gen.Const("DateTime(2025, 9, 1)"), Gen.Const("DateTime(2021, 9, 1)"), Gen.Const("DateTime(10000, 1, 1)"), Gen.Const("DateTime(2025, 2, 30)"), Gen.Const("DateTime(0, 0, 0)"));

    private static readonly Gen<string> Comparison = Gen.OneOf(
        from fact in Pick(BooleanFacts) from op in Pick(["==", "!="]) from value in Pick(["true", "false", "null"]) select $"{fact} {op} {value}",
        from fact in Pick(TextFacts) from op in Pick(["==", "!="]) from value in TextLiteral select $"{fact} {op} {value}",
        from fact in Pick(TextFacts) from method in Pick(["Contains", "StartsWith", "EndsWith", "Equals"]) from value in TextLiteral select $"{fact}.{method}({value})",
        from fact in Pick(NumberFacts) from op in Pick(["==", "!=", "<", "<=", ">", ">="]) from value in NumberLiteral select $"{fact} {op} {value}",
        from fact in Pick(NumberFacts) from op in Pick(["+", "-", "*", "/", "%"]) from value in NumberLiteral from cmp in Pick([">", "=="]) from other in NumberLiteral select $"{fact} {op} {value} {cmp} {other}",
        from fact in Pick(ListFacts) from method in Pick(["Contains(\"x\")", "Any()", "Count() > 2"]) select $"{fact}.{method}",
        from op in Pick(["<", ">=", "=="]) from date in DateLiteral select $"decision.date {op} {date}",
        from fact in Pick(["learner.needs.solelyLanguageOfHome", "decision.date", "learner.post16.yearsOnProgramme"]) from member in Pick([".HasValue", ".Value == true", ".Value.Year > 2020", ".Value > 1"]) select fact + member,
        Pick(["true", "false"]));

    /// <summary>Expressions over facts, up to a few levels deep.</summary>
    public static readonly Gen<string> OverFacts = Gen.Recursive<string>((depth, self) => depth >= 3
        ? Comparison
        : Gen.Frequency(
            (3, Comparison),
            (2, Gen.Select(self, Pick(["&&", "||", "and", "or"]), self, (a, op, b) => $"{a} {op} {b}")),
            (1, self.Select(a => $"!({a})")),
            (1, self.Select(a => $"({a})")),
            (1, Gen.Select(self, self, self, (c, a, b) => $"({c} ? {a} : {b})")),
            (1, Gen.Select(self, self, self, (c, a, b) => $"iif({c}, {a}, {b})"))));

    /// <summary>An expression over facts with a hostile token put in, or its grammar broken.</summary>
    public static readonly Gen<(string Expression, string? Hostile)> Tainted = Gen.OneOf(
        from expression in OverFacts from token in Pick(Hostile) from op in Pick(["&&", "||", "==", "!="]) from left in Gen.Bool
        select (left ? $"{token} {op} {expression}" : $"{expression} {op} {token}", (string?)token),
        from token in Pick(Hostile) from cmp in Pick([" != null", " > 0", " == \"x\"", ""]) select ($"{token}{cmp}", (string?)token),
        from expression in OverFacts from junk in Pick(Malformed) from at in Gen.Int[0, int.MaxValue]
        select (expression.Insert(at % (expression.Length + 1), junk), (string?)null));

    /// <summary>Any expression at all: over facts, tainted, or grown to the length limits.</summary>
    public static readonly Gen<(string Expression, string? Hostile)> Any = Gen.Frequency(
        (4, OverFacts.Select(e => (e, (string?)null))),
        (4, Tainted),
        (1, Gen.Int[100, 450].Select(n => (string.Join(" || ", Enumerable.Repeat("learner.lookedAfter == true", n)), (string?)null))),
        (1, Gen.Int[20, 30].Select(n => (new string('(', n) + "true" + new string(')', n), (string?)null))),
        (1, Gen.Int[1, 1500].Select(n => (new string('!', n) + "true", (string?)null))));

    /// <summary>The text of a rule with <paramref name="expression"/>, escaped for JSON.</summary>
    public static string RuleWith(string expression, string name = "always-no") =>
        RuleFiles.ValidRule.Replace("always-no", name, StringComparison.Ordinal)
            .Replace("\"learner.needs.solelyLanguageOfHome == true\"", System.Text.Json.JsonSerializer.Serialize(expression), StringComparison.Ordinal);

    /// <summary>One way to break a good file, named.</summary>
    public sealed record Edit(string What, Func<string, byte[]> Apply, bool CertainlyBroken)
    {
        public override string ToString() => What;
    }

    private static readonly Gen<Edit> Truncated = Gen.Int[1, 2000].Select(cut => new Edit($"cut {cut} characters from the end",
        good => Encoding.UTF8.GetBytes(good[..Math.Max(0, good.Length - cut)]), CertainlyBroken: true));

    private static readonly Gen<Edit> Flipped =
        from flips in Gen.Select(Gen.Int[0, int.MaxValue], Gen.Char["{}[]\",:0aZ \\\u0000"]).Array[1, 4]
        select new Edit($"{flips.Length} characters replaced", good =>
        {
            var chars = good.ToCharArray();
            foreach (var (at, c) in flips)
            {
                chars[at % chars.Length] = c;
            }

            return Encoding.UTF8.GetBytes(chars);
        }, CertainlyBroken: false);

    private static Gen<Edit> Replace(string what, string from, string to) => Gen.Const(new Edit(what, good => Encoding.UTF8.GetBytes(good.Replace(from, to, StringComparison.Ordinal)), true));

    /// <summary>Edits that break a file written by <see cref="RuleFiles.RuleSet"/>, and edits that may or may not.</summary>
    public static readonly Gen<Edit> Edits = Gen.OneOf(
        Truncated,
        Flipped,
        Gen.Const(new Edit("emptied", _ => [], true)),
        Gen.Const(new Edit("binary", _ => [0xff, 0xfe, 0x00, 0x01, 0x7b], true)),
        Gen.Const(new Edit("not UTF-8", good => [.. Encoding.UTF8.GetBytes(good[..^2]), 0xc3, 0x28, (byte)'"', (byte)'}'], true)),
        Gen.Const(new Edit("over a mebibyte", good => Encoding.UTF8.GetBytes(good.Replace("A test source", new string('s', 1_100_000), StringComparison.Ordinal)), true)),
        Gen.Const(new Edit("nested 10000 deep", good => Encoding.UTF8.GetBytes(good.Replace("\"A test source\"", new string('[', 10_000) + new string(']', 10_000), StringComparison.Ordinal)), true)),
        Replace("Welsh text removed", "\"cy\": \"Testun Cymraeg.\"", "\"cy\": \"\""),
        Replace("unknown field", "\"RuleName\": \"always-no\",", "\"RuleName\": \"always-no\", \"Typo\": 1,"),
        Replace("version a number", "\"version\": \"1\"", "\"version\": 1"),
        Replace("kind unknown", "\"kind\": \"ALN_DETERMINATION\"", "\"kind\": \"CASTLE\""),
        Replace("citations removed", "\"citations\": [ { \"source\": \"test citation\", \"confidence\": \"P\" } ],", string.Empty),
        Replace("effective dates reversed", "\"effectiveFrom\": \"2021-09-01\"", "\"effectiveFrom\": \"2031-09-01\", \"effectiveTo\": \"2021-09-01\""),
        Replace("rule given twice", RuleFiles.ValidRule, RuleFiles.ValidRule + "," + RuleFiles.ValidRule),
        Replace("duplicate key", "\"id\": \"test.aln\",", "\"id\": \"test.aln\", \"id\": \"other\","),
        Pick(Hostile).Select(token => new Edit($"expression '{token}'", good => Encoding.UTF8.GetBytes(
            good.Replace("\"learner.needs.solelyLanguageOfHome == true\"", System.Text.Json.JsonSerializer.Serialize(token + " != null || learner.needs.solelyLanguageOfHome == true"), StringComparison.Ordinal)), true)));
}

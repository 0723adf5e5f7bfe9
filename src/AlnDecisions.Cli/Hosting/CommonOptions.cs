using System.CommandLine;
using System.CommandLine.Parsing;

namespace AlnDecisions.Cli.Hosting;

/// <summary>The options every command shares, declared once so that they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "text for a person, json for a program",
        DefaultValueFactory = _ => "text",
        HelpName = "text|json",
    }.AcceptOnlyFromAmong("text", "json");

    public static Option<string> Lang() => new Option<string>("--lang")
    {
        Description = "the language text is shown in: en (English) or cy (Cymraeg)",
        DefaultValueFactory = _ => "en",
        HelpName = "en|cy",
    }.AcceptOnlyFromAmong("en", "cy");

    public static Option<string?> Rules(string description = "the rules directory (default: rules/ of the repository around the current directory)") =>
        new("--rules") { Description = description, HelpName = "DIR" };

    public static OutputFormat FormatOf(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) == "json" ? OutputFormat.Json : OutputFormat.Text;

    public static Language LangOf(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) == "cy" ? Language.Cy : Language.En;

    /// <summary>A positional argument that refuses option-like values, so a misspelt option (<c>--rule</c>) is an error, not a path.</summary>
    public static Argument<string?> Positional(string name, string description, bool required = false)
    {
        var argument = new Argument<string?>(name)
        {
            Description = description,
            Arity = required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne,
        };
        argument.Validators.Add(RefuseOptionLikeTokens);
        return argument;
    }

    private static void RefuseOptionLikeTokens(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.StartsWith('-') && token.Value.Length > 1)
            {
                result.AddError($"unknown option '{token.Value}'");
            }
        }
    }
}

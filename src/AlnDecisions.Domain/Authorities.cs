namespace AlnDecisions.Domain;

/// <summary>
/// The 22 Welsh local authorities by the codes the contract uses, plus the two home-authority
/// values for learners who live outside Wales.
/// </summary>
public static class Authorities
{
    /// <summary>The authority code rule sets use for the national (all-Wales) layer.</summary>
    public const string National = "national";

    /// <summary>A learner who lives in England.</summary>
    public const string England = "england";

    /// <summary>A learner who lives neither in Wales nor in England.</summary>
    public const string OutsideWalesAndEngland = "outside-wales-and-england";

    /// <summary>The 22 principal councils of Wales, north to south-east.</summary>
    public static IReadOnlyList<string> Welsh { get; } =
    [
        "isle-of-anglesey", "gwynedd", "conwy", "denbighshire", "flintshire", "wrexham", "powys",
        "ceredigion", "pembrokeshire", "carmarthenshire", "swansea", "neath-port-talbot", "bridgend",
        "vale-of-glamorgan", "rhondda-cynon-taf", "merthyr-tydfil", "caerphilly", "blaenau-gwent",
        "torfaen", "monmouthshire", "newport", "cardiff",
    ];

    private static readonly HashSet<string> WelshSet = new(Welsh, StringComparer.Ordinal);

    /// <summary>True for one of the 22 Welsh authority codes.</summary>
    public static bool IsWelsh(string? code) => code is not null && WelshSet.Contains(code);

    /// <summary>True for any value a learner's home authority may take.</summary>
    public static bool IsHomeAuthority(string? code) =>
        IsWelsh(code) || code is England or OutsideWalesAndEngland;
}

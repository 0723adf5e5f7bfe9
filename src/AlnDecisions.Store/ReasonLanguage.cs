namespace AlnDecisions.Store;

/// <summary>The language a reason was written in.</summary>
public enum ReasonLanguage
{
    /// <summary>English.</summary>
    English = 1,

    /// <summary>Welsh (Cymraeg).</summary>
    Welsh = 2,
}

namespace AlnDecisions.Domain;

/// <summary>Text every family and panel can read in English and in Welsh.</summary>
/// <param name="En">English.</param>
/// <param name="Cy">Welsh (Cymraeg).</param>
public sealed record LocalisedText(string En, string Cy);

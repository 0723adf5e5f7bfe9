namespace AlnDecisions.Server.Pages;

/// <summary>Marks an endpoint as a page for people, so a refusal before it runs (401, 403) is answered with a page, not a JSON status.</summary>
internal sealed class PanelPageMetadata
{
    public static PanelPageMetadata Instance { get; } = new();
}

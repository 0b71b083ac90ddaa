namespace Perhesilta.Features.Embed;

/// <summary>Strings of the embeddable-button administration page. Resources: EmbedText.*.resx.</summary>
public sealed class EmbedText;

namespace Perhesilta.Platform.Localization;

/// <summary>Strings used across features: the layout, common buttons and messages. Resources: SharedText.*.resx.</summary>
public sealed class SharedText;

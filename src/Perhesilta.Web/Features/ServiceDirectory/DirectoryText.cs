namespace Perhesilta.Features.ServiceDirectory;

/// <summary>Strings shared by the directory's editing and import: the messages of <see cref="DirectoryRules"/>. Resources: DirectoryText.*.resx.</summary>
public sealed class DirectoryText;

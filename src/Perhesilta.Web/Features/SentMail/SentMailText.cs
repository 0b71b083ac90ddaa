namespace Perhesilta.Features.SentMail;

/// <summary>Strings of the administrators' sent-mail pages. Resources: SentMailText.*.resx.</summary>
public sealed class SentMailText;

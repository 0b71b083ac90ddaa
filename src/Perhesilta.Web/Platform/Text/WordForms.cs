namespace Perhesilta.Platform.Text;

/// <summary>What analysis makes of one token.</summary>
/// <param name="BaseForms">Dictionary forms or stems: what an everyday-words phrase is matched against.</param>
/// <param name="Terms">The search terms: base forms, compound parts, derivation bases, or a typo's corrections.</param>
/// <param name="Spelled">Whether the speller was asked (the word was unknown).</param>
internal record WordForms(IReadOnlyList<string> BaseForms, IReadOnlyList<string> Terms, bool Spelled = false);

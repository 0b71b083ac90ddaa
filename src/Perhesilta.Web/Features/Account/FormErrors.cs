namespace Perhesilta.Features.Account;

/// <summary>The problems found in a submitted form: each names the field (its element id) and an AccountText key.</summary>
public sealed class FormErrors
{
    private readonly List<FormError> _errors = [];

    public IReadOnlyList<FormError> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string field, string messageKey) => _errors.Add(new FormError(field, messageKey));

    /// <summary>The message key of the first problem of <paramref name="field"/>, or null when it has none.</summary>
    public string? For(string field) => _errors.FirstOrDefault(e => e.Field == field)?.MessageKey;
}

public sealed record FormError(string Field, string MessageKey);

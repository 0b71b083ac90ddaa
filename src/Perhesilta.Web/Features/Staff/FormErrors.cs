namespace Perhesilta.Features.Staff;

/// <summary>
/// What was wrong with a submitted form: per field (named by the id of its input, so that the error summary can link
/// to it) a message key of <see cref="StaffText"/> and its arguments, in the order the fields appear on the page.
/// </summary>
public sealed class FormErrors
{
    private readonly List<FormError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<FormError> All => _errors;

    public void Add(string field, string key, params object[] args) => _errors.Add(new FormError(field, key, args));

    public FormError? For(string field) => _errors.Find(e => e.Field == field);
}

public sealed record FormError(string Field, string Key, object[] Args);

namespace Perhesilta.Features.HelpRequests;

/// <summary>
/// What was wrong with a help request: per field (named like the field of the JSON API, which is also the id of its
/// input on the form, so that the error summary can link to it) a message key of <see cref="HelpRequestText"/> and
/// its arguments, in the order the fields appear.
/// </summary>
public sealed class FormErrors
{
    private readonly List<FormError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<FormError> All => _errors;

    /// <summary>Adds the first error of a field; a field shows one message at a time.</summary>
    public void Add(string field, string key, params object[] args)
    {
        if (For(field) is null)
        {
            _errors.Add(new FormError(field, key, args));
        }
    }

    public FormError? For(string field) => _errors.Find(e => e.Field == field);
}

public sealed record FormError(string Field, string Key, object[] Args);

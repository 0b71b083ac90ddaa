using System.Globalization;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Desk;

/// <summary>
/// What was wrong with a work form (an action, a closing, a statutory route): per field, named by the id of its input
/// so the error summary can link to it, a <see cref="DeskText"/> key and its arguments, in the order of the fields.
/// </summary>
public sealed class WorkFormErrors
{
    private readonly List<WorkFormError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<WorkFormError> All => _errors;

    /// <summary>Adds the first error of a field; a field shows one message at a time.</summary>
    public void Add(string field, string key, params object[] args)
    {
        if (For(field) is null)
        {
            _errors.Add(new WorkFormError(field, key, args));
        }
    }

    public WorkFormError? For(string field) => _errors.Find(e => e.Field == field);
}

public sealed record WorkFormError(string Field, string Key, object[] Args);

/// <summary>What a work form's handler answers: the change's outcome, and the field errors when it was refused for its input.</summary>
public sealed record WorkFormResult(ContactChangeResult Change, WorkFormErrors Errors);

/// <summary>The rules the work forms share for the fields they have in common.</summary>
internal static class WorkFields
{
    /// <summary>
    /// A moment typed as a date and a time in Finnish time (the browser's date and time inputs send yyyy-MM-dd and
    /// HH:mm), in UTC; null with an error on the field when missing or not a real date or time.
    /// </summary>
    public static DateTime? HelsinkiMoment(WorkFormErrors errors, string? date, string? time, string prefix)
    {
        DateOnly? day = null;
        if (string.IsNullOrWhiteSpace(date))
        {
            errors.Add(prefix + "-date", "Work.Error.DateRequired");
        }
        else if (DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || DateOnly.TryParse(date.Trim(), CultureInfo.CurrentCulture, DateTimeStyles.None, out parsed))
        {
            day = parsed;
        }
        else
        {
            errors.Add(prefix + "-date", "Work.Error.DateInvalid");
        }

        TimeOnly? clock = null;
        if (string.IsNullOrWhiteSpace(time))
        {
            errors.Add(prefix + "-time", "Work.Error.TimeRequired");
        }
        else if (TimeOnly.TryParseExact(time.Trim(), ["HH:mm", "H:mm", "HH.mm", "H.mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            clock = parsed;
        }
        else
        {
            errors.Add(prefix + "-time", "Work.Error.TimeInvalid");
        }

        if (day is not { } d || clock is not { } t)
        {
            return null;
        }

        // The hour skipped when the clocks go forward in spring (e.g. 3.30 on the last Sunday of March) never existed.
        if (HelsinkiTime.Zone.IsInvalidTime(d.ToDateTime(t)))
        {
            errors.Add(prefix + "-time", "Work.Error.TimeSkipped");
            return null;
        }

        return HelsinkiTime.ToUtc(d.ToDateTime(t));
    }

    /// <summary>
    /// A recorded moment must lie between the contact's arrival and now. The arrival counts to the minute, as the form
    /// asks for minutes: work done in the minute the contact arrived is not "before" it.
    /// </summary>
    public static void WithinContact(WorkFormErrors errors, DateTime moment, DateTime initiatedAt, DateTime now, string prefix)
    {
        var arrivalMinute = new DateTime(initiatedAt.Ticks - (initiatedAt.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
        if (moment > now)
        {
            errors.Add(prefix + "-date", "Work.Error.InFuture");
        }
        else if (moment < arrivalMinute)
        {
            errors.Add(prefix + "-date", "Work.Error.BeforeContact", HelsinkiTime.Format(initiatedAt));
        }
    }

    /// <summary>Free text as the guide wrote it (browser line breaks made plain), or null when empty.</summary>
    public static string? Text(WorkFormErrors errors, string field, string? value, int maxLength, string? requiredKey, string tooLongKey)
    {
        var text = (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        if (text.Length == 0)
        {
            if (requiredKey is not null)
            {
                errors.Add(field, requiredKey);
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(field, tooLongKey, maxLength);
        }
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
        {
            errors.Add(field, "Work.Error.ControlCharacters");
        }

        return text;
    }

    /// <summary>An enum value sent by a radio button; null (with the error) when none was chosen or it is unknown.</summary>
    public static TEnum? Choice<TEnum>(WorkFormErrors errors, string field, string? value, string requiredKey)
        where TEnum : struct, Enum
    {
        if (Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors.Add(field, requiredKey);
        return null;
    }
}

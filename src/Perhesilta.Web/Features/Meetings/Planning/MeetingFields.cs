using System.Globalization;
using System.Text.RegularExpressions;
using Perhesilta.Features.Desk;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>The rules for the request form's own fields; each adds its error to the field it is about.</summary>
internal static partial class MeetingFields
{
    /// <summary>The languages a family member's messages are written in.</summary>
    public static readonly IReadOnlyList<string> Languages = ["fi", "sv", "en"];

    /// <summary>The most working days a guide may give as the target: about a year.</summary>
    public const int MaxTargetWorkingDays = 250;

    public static int? WholeNumber(WorkFormErrors errors, string field, string? value, int min, int max, string requiredKey, string invalidKey, string tooSmallKey, string tooLargeKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, requiredKey);
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            errors.Add(field, invalidKey);
            return null;
        }

        if (number < min)
        {
            errors.Add(field, tooSmallKey, min, max);
        }
        else if (number > max)
        {
            errors.Add(field, tooLargeKey, min, max);
        }

        return number;
    }

    /// <summary>An e-mail address mail can be sent to (one @, no spaces, a domain with a dot), or null when empty.</summary>
    public static string? Email(WorkFormErrors errors, string field, string? value, string? requiredKey)
    {
        var email = WorkFields.Text(errors, field, value, MeetingLimits.Email, requiredKey, "Meeting.Error.TooLong");
        if (email is not null && errors.For(field) is null && !EmailPattern().IsMatch(email))
        {
            errors.Add(field, "Meeting.Error.EmailInvalid");
        }

        return email;
    }

    /// <summary>A link to a remote meeting: an absolute https address, as nothing else is safe to put into an invitation.</summary>
    public static string? RemoteLink(WorkFormErrors errors, string? value)
    {
        var link = WorkFields.Text(errors, "remote-link", value, MeetingLimits.Link, "Meeting.Error.LinkRequired", "Meeting.Error.TooLong");
        if (link is not null && errors.For("remote-link") is null
            && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal) && !link.Any(char.IsWhiteSpace)))
        {
            errors.Add("remote-link", "Meeting.Error.LinkInvalid");
        }

        return link;
    }

    /// <summary>Flags chosen by check boxes; unknown names are ignored, as no form offers them.</summary>
    public static TFlags Flags<TFlags>(IEnumerable<string> names)
        where TFlags : struct, Enum =>
        names.Aggregate(default(TFlags), (all, name) =>
            Enum.TryParse<TFlags>(name, out var flag) && Enum.IsDefined(flag) && !int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                ? (TFlags)Enum.ToObject(typeof(TFlags), Convert.ToInt32(all, CultureInfo.InvariantCulture) | Convert.ToInt32(flag, CultureInfo.InvariantCulture))
                : all);

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailPattern();
}

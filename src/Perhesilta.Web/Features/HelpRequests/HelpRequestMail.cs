using System.Globalization;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Http;
using Perhesilta.Platform.Localization;
using Perhesilta.Platform.Mail;

namespace Perhesilta.Features.HelpRequests;

/// <summary>
/// The e-mail copy of the confirmation (to a family that gave an address, in the language it chose) or of the
/// receipt (to a professional). It goes into the outbox of the same unit of work as the contact.
/// </summary>
public sealed class HelpRequestMail(MailOutbox outbox, IStringLocalizer<HelpRequestText> text, IHttpContextAccessor http, PublicAddress publicAddress)
{
    public const string Purpose = "help-request-confirmation";

    public void EnqueueConfirmation(PerhesiltaDbContext db, Contact contact, string statusToken)
    {
        var professional = contact.Requester == RequesterRole.Professional;
        var to = professional ? contact.ProfessionalEmail : contact.Kind == ContactKind.FamilyRequest ? contact.Email : null;
        if (to is null)
        {
            return;
        }

        // A professional reads the receipt in the language they used the form in; a family in the one it asked for.
        var language = professional ? LocalizationServices.Current.Code : contact.PreferredLanguage;
        var languages = LocalizationServices.Find(language) is { } known ? [known] : new[] { LocalizationServices.Languages[0], LocalizationServices.Languages[2] };
        var statusUrl = StatusUrl(statusToken);
        var parts = languages.Select(l => InCulture.Run(l.Culture, () => (Subject: text["Mail.Subject", contact.ReferenceCode].Value, Body: Body(contact, statusUrl)))).ToList();
        outbox.Enqueue(db, to, string.Join(" / ", parts.Select(p => p.Subject).Distinct()), string.Join("\n\n――――――――\n\n", parts.Select(p => p.Body)), Purpose);
    }

    /// <summary>The status link as an absolute address of the site the asker used.</summary>
    public string StatusUrl(string statusToken)
    {
        return $"{publicAddress.Origin(http.HttpContext?.Request)}/tila/{statusToken}";
    }

    private string Body(Contact contact, string statusUrl)
    {
        var lines = new List<string> { text["Mail.Greeting"], "" };
        if (contact.NeedsImmediateUrgencyAssessment)
        {
            lines.Add(text["Mail.Receipt", contact.ReferenceCode, HelsinkiTime.Format(contact.InitiatedAt)]);
            lines.Add(text["Confirmation.Notification.Assessment"]);
        }
        else
        {
            lines.Add(text["Mail.Received", contact.ReferenceCode]);
            lines.Add(text["Confirmation.RespondBy", HelpRequestFormat.RespondBy(text, contact.RespondBy)]);
        }

        lines.AddRange(["", text["Mail.StatusLink"], statusUrl, "", text["AskForHelp.Emergency.Text"]]);
        return string.Join('\n', lines);
    }
}

public static class HelpRequestFormat
{
    /// <summary>"keskiviikkoon 25.11. mennessä", "senast onsdag 25.11.", "by Wednesday 25.11.".</summary>
    public static string RespondBy(IStringLocalizer<HelpRequestText> text, DateOnly date) =>
        text["RespondBy." + date.DayOfWeek, date.ToString("d.M.", CultureInfo.InvariantCulture)];
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Desk;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Deadlines.Clocks;

/// <summary>
/// A clock form of one contact: the desk's work form (heading, error summary, date and time fields) with the clocks'
/// own messages. The desk's shared field rules still speak in the desk's words ("Work." keys).
/// </summary>
public abstract class ClockFormPageModel(ShowContact show, PerhesiltaDbContext db, IStringLocalizer<DeskText> deskText, IStringLocalizer<ClockText> text, TimeProvider time)
    : WorkFormPageModel(show, db, deskText)
{
    /// <summary>The notice of the last saved change, a <see cref="ClockText"/> key.</summary>
    [TempData]
    public string? ClockNotice { get; set; }

    protected IStringLocalizer<ClockText> Text => text;

    public override string Message(WorkFormError fault) =>
        fault.Key.StartsWith("Work.", StringComparison.Ordinal) ? base.Message(fault) : text[fault.Key, fault.Args].Value;

    /// <summary>Now in Finnish time, as the date and time inputs take it.</summary>
    protected (string Date, string Time) Now()
    {
        var now = HelsinkiTime.ToLocal(time.GetUtcNow().UtcDateTime);
        return (now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), now.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>After a refused change: the page again with the errors at their fields and the message above the form.</summary>
    protected void ShowRefusal(WorkFormErrors errors, string? messageKey)
    {
        Errors = errors;
        FormMessage = messageKey is null ? null : text[messageKey].Value;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Http;
using Perhesilta.Platform.Localization;
using Perhesilta.Platform.Mail;

namespace Perhesilta.Features.Deadlines.Alerts;

/// <summary>
/// One round of deadline alerts: each running clock due within <see cref="DeadlineOptions.AlertWithinWorkingDays"/>
/// working days (but a contact's reply clock only once overdue), and again once overdue, is told to those responsible (the responsible guide; else the contact's guide;
/// else the area's active guides) by e-mail, once. Each alert is a <see cref="ClockAlert"/> row saved with its e-mail
/// in one transaction; when another instance saved the same row first, the unique key refuses ours and we skip it.
/// </summary>
public sealed class SendClockAlerts(
    PerhesiltaDbContext db,
    FinnishCalendar calendar,
    IOptions<DeadlineOptions> options,
    MailOutbox outbox,
    IStringLocalizer<ClockText> text,
    PublicAddress address,
    TimeProvider time)
{
    public const string MailPurpose = "clock-alert";

    /// <summary>Staff accounts carry no language: alerts are written in the county's two official languages.</summary>
    private static readonly string[] MailCultures = ["fi-FI", "sv-FI"];

    /// <returns>How many alerts this round sent.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now));
        var horizon = calendar.AddWorkingDays(today, options.Value.AlertWithinWorkingDays);
        var clocks = await (
            from c in db.Set<DeadlineClock>().AsNoTracking()
            where c.State == ClockState.Running && c.DueOn <= horizon

            // Every new contact's reply clock would be "due soon" within a day: the queue shows those targets, and an
            // e-mail to every guide of the area for each contact would bury the alerts that matter. Overdue, it alerts.
            where c.Rule != ClockRule.ReplyToContact || c.DueOn < today
            join contact in db.Set<Contact>() on c.ContactId equals contact.Id
            select new AlertedClock(c.Id, c.Rule, c.DueOn, c.AreaId, c.ResponsibleUserId, contact.Id, contact.ReferenceCode, contact.AssignedToUserId))
            .ToListAsync(cancellationToken);
        var ids = clocks.Select(c => c.Id).ToList();
        var sent = (await db.Set<ClockAlert>().AsNoTracking().Where(a => ids.Contains(a.ClockId))
            .Select(a => new { a.ClockId, a.Kind, a.DueOn, a.RecipientUserId }).ToListAsync(cancellationToken))
            .Select(a => (a.ClockId, a.Kind, a.DueOn, a.RecipientUserId)).ToHashSet();

        var count = 0;
        foreach (var clock in clocks)
        {
            var kind = clock.DueOn < today ? ClockAlertKind.Overdue : ClockAlertKind.DueSoon;
            foreach (var recipient in await RecipientsAsync(clock, cancellationToken))
            {
                if (!sent.Contains((clock.Id, kind, clock.DueOn, recipient.Id)) && await SendAsync(clock, kind, recipient, now, cancellationToken))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private async Task<bool> SendAsync(AlertedClock clock, ClockAlertKind kind, (string Id, string Email) recipient, DateTime now, CancellationToken cancellationToken)
    {
        db.Add(new ClockAlert { ClockId = clock.Id, Kind = kind, DueOn = clock.DueOn, RecipientUserId = recipient.Id, CreatedAt = now });
        var (subject, body) = Message(clock, kind);
        outbox.Enqueue(db, recipient.Email, subject, body, MailPurpose);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (ConstraintViolations.IsUnique(ex))
        {
            // Another instance sent this alert between our read and our write: its row and its e-mail stand.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Whoever answers for the clock and can act on it: active accounts with an address.</summary>
    private async Task<IReadOnlyList<(string Id, string Email)>> RecipientsAsync(AlertedClock clock, CancellationToken cancellationToken)
    {
        var active = db.Users.Where(u => u.IsActive && u.Email != null);
        foreach (var named in new[] { clock.ResponsibleUserId, clock.AssignedToUserId }.OfType<string>())
        {
            if (await active.Where(u => u.Id == named).Select(u => u.Email!).SingleOrDefaultAsync(cancellationToken) is { } email)
            {
                return [(named, email)];
            }
        }

        var guides = await GuideRoles.ActiveGuides(db)
            .Where(u => u.Email != null && db.Set<StaffArea>().Any(a => a.UserId == u.Id && a.AreaId == clock.AreaId))
            .OrderBy(u => u.Id)
            .Select(u => new { u.Id, Email = u.Email! })
            .ToListAsync(cancellationToken);
        return guides.Select(g => (g.Id, g.Email)).ToList();
    }

    /// <summary>No names and no free text: the contact's reference code, the rule and the due date, in Finnish and Swedish.</summary>
    private (string Subject, string Body) Message(AlertedClock clock, ClockAlertKind kind)
    {
        var link = $"{address.Origin(null)}/desk/contacts/{clock.ContactId}";
        var parts = MailCultures.Select(culture => InCulture.Run(culture, () =>
        {
            var rule = text["Rule." + clock.Rule].Value;
            var due = ClockPresenter.Date(clock.DueOn);
            return (
                Subject: text["Mail.Subject." + kind, rule, clock.ReferenceCode].Value,
                Body: string.Join('\n', text["Mail.Body." + kind, clock.ReferenceCode, rule, due].Value, "", text["Mail.Link"].Value, link, "", text["Mail.Footer"].Value));
        })).ToList();
        return (string.Join(" / ", parts.Select(p => p.Subject)), string.Join("\n\n――――――――\n\n", parts.Select(p => p.Body)));
    }

    private sealed record AlertedClock(Guid Id, ClockRule Rule, DateOnly DueOn, int AreaId, string? ResponsibleUserId, Guid ContactId, string ReferenceCode, string? AssignedToUserId);
}

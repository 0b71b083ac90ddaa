using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Families;

public sealed record EditFamilyResult(ContactChangeOutcome Outcome, FormErrors Errors);

/// <summary>
/// The guide corrects, adds or removes members of a family, on the version they saw (optimistic concurrency on
/// <see cref="Family.Version"/>); every row is checked first and nothing is saved while any is wrong.
/// </summary>
public sealed class EditFamilyMembers(PerhesiltaDbContext db, IAccessLog log, TimeProvider clock)
{
    public async Task<EditFamilyResult> HandleAsync(Guid id, Guid seenVersion, IReadOnlyList<FamilyMemberInput> rows, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new FormErrors();
        var family = await db.Set<Family>().Include(f => f.Members).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (family is null)
        {
            return new EditFamilyResult(ContactChangeOutcome.NotFound, errors);
        }

        if (!await db.Set<Family>().Where(f => f.Id == id).VisibleTo(db, userId).AnyAsync(cancellationToken))
        {
            return new EditFamilyResult(ContactChangeOutcome.Forbidden, errors);
        }

        if (family.Version != seenVersion)
        {
            return new EditFamilyResult(ContactChangeOutcome.Stale, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var members = FamilyMemberRules.Check(rows, DateOnly.FromDateTime(HelsinkiTime.ToLocal(now)), errors);
        await CreateFamilyFromContact.CheckCodesAreNewAsync(db, members, id, userId, errors, cancellationToken);
        if (errors.Any)
        {
            return new EditFamilyResult(ContactChangeOutcome.Refused, errors);
        }

        // A row names its member by id; one that is not this family's (a forged form) changes nothing.
        var kept = members.Where(m => m.Member.Id != 0).ToDictionary(m => m.Member.Id, m => m.Member);
        foreach (var member in family.Members.ToList())
        {
            if (kept.TryGetValue(member.Id, out var edited))
            {
                (member.Role, member.FirstName, member.LastName, member.Relationship) = (edited.Role, edited.FirstName, edited.LastName, edited.Relationship);
                (member.BirthDate, member.PersonalIdentityCode, member.Phone, member.Email) = (edited.BirthDate, edited.PersonalIdentityCode, edited.Phone, edited.Email);
            }
            else
            {
                family.Members.Remove(member);
            }
        }

        family.Members.AddRange(members.Where(m => m.Member.Id == 0).Select(m => m.Member));
        db.Entry(family).Property(f => f.Version).OriginalValue = seenVersion;
        family.Version = Guid.NewGuid();
        family.UpdatedAt = now;
        log.Add(db, AccessAction.Change, "Family", id.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditFamilyResult(ContactChangeOutcome.Stale, new FormErrors());
        }

        return new EditFamilyResult(ContactChangeOutcome.Saved, errors);
    }
}

using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Deadlines.Clocks;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Families;

public sealed record CreateFamilyResult(ContactChangeResult Change, FormErrors Errors, Guid? FamilyId = null);

/// <summary>
/// A new family record from a contact, with the members the guide entered, linked to the contact in the same save:
/// either both are saved or neither. The family belongs to the contact's area and municipality.
/// </summary>
public sealed class CreateFamilyFromContact(PerhesiltaDbContext db, ContactChanges changes, IAccessLog log, TimeProvider clock)
{
    public async Task<CreateFamilyResult> HandleAsync(Guid contactId, Guid version, IReadOnlyList<FamilyMemberInput> rows, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new FormErrors();
        var today = DateOnly.FromDateTime(HelsinkiTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var members = FamilyMemberRules.Check(rows, today, errors);
        await CheckCodesAreNewAsync(db, members, null, userId, errors, cancellationToken);
        if (errors.Any)
        {
            return new CreateFamilyResult(ContactChangeResult.Refuse("Form.Error"), errors);
        }

        var family = new Family { MunicipalityCode = "", CreatedByUserId = userId };
        var result = await changes.ApplyCheckedAsync(contactId, version, userId, async (contact, now) =>
        {
            if (contact.FamilyId is not null)
            {
                return ContactChangeResult.Refuse("Family.Error.AlreadyLinked");
            }

            family.AreaId = contact.AreaId;
            family.MunicipalityCode = contact.MunicipalityCode;
            family.CreatedAt = now;
            family.UpdatedAt = now;
            family.Members.AddRange(members.Select(m => m.Member));
            db.Add(family);
            log.Add(db, AccessAction.Create, "Family", family.Id.ToString());
            contact.FamilyId = family.Id;
            await ContactClocks.FamilyChangedAsync(db, contact, cancellationToken);
            return null;
        }, cancellationToken);
        if (result.Outcome != ContactChangeOutcome.Saved)
        {
            return new CreateFamilyResult(result, errors);
        }

        return new CreateFamilyResult(result, errors, family.Id);
    }

    /// <summary>
    /// An identity code already in a family the guide may see means that family should be linked instead (the search
    /// finds it). Families the guide may not see are not consulted, so the message reveals nothing about them.
    /// </summary>
    internal static async Task CheckCodesAreNewAsync(PerhesiltaDbContext db, List<(int Row, FamilyMember Member)> members, Guid? ownFamilyId, string userId, FormErrors errors, CancellationToken cancellationToken)
    {
        var codes = members.Select(m => m.Member.PersonalIdentityCode).OfType<string>().ToList();
        if (codes.Count == 0)
        {
            return;
        }

        var known = await db.Set<Family>().VisibleTo(db, userId)
            .Where(f => f.Id != ownFamilyId)
            .SelectMany(f => f.Members)
            .Where(m => m.PersonalIdentityCode != null && codes.Contains(m.PersonalIdentityCode))
            .Select(m => m.PersonalIdentityCode!)
            .ToListAsync(cancellationToken);
        foreach (var (row, member) in members.Where(m => m.Member.PersonalIdentityCode is { } code && known.Contains(code)))
        {
            errors.Add(FamilyMemberRules.FieldId(row, "identity-code"), "Member.Error.IdentityCodeInOtherFamily");
        }
    }
}

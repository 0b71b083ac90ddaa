using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Families;

/// <summary>Why a family is suggested as the one a contact is about.</summary>
public enum SuggestionReason
{
    IdentityCode,
    NameAndPhone,
    NameAndEmail,
}

/// <summary>A family as a list shows it: members' names and roles, never their identity codes.</summary>
public sealed record FamilySummary(Guid Id, IReadOnlyList<FamilySummaryMember> Members, string Area, int Contacts);

public sealed record FamilySummaryMember(string Name, FamilyRole Role, int? BirthYear);

public sealed record FamilySuggestion(FamilySummary Family, SuggestionReason Reason);

/// <summary>
/// Families that may be the one a contact is about, among those the guide may see: by an identity code the guide
/// typed (exact), or by the contact's name together with its phone number or e-mail address. Only suggestions: the
/// guide confirms one, or none.
/// </summary>
public sealed class FindFamilySuggestions(PerhesiltaDbContext db)
{
    /// <param name="code">A valid code in its normal form (<see cref="PersonalIdentityCode.Check"/>).</param>
    public async Task<IReadOnlyList<FamilySuggestion>> ByIdentityCodeAsync(string code, string userId, Guid? linkedFamilyId, CancellationToken cancellationToken)
    {
        var ids = await db.Set<Family>().VisibleTo(db, userId)
            .Where(f => f.Id != linkedFamilyId && f.Members.Any(m => m.PersonalIdentityCode == code))
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);
        return await DescribeAsync(ids.ToDictionary(id => id, _ => SuggestionReason.IdentityCode), cancellationToken);
    }

    public async Task<IReadOnlyList<FamilySuggestion>> ByContactDetailsAsync(string? name, string? phone, string? email, string userId, Guid? linkedFamilyId, CancellationToken cancellationToken)
    {
        var phoneKey = ContactDetailsNormalizer.Phone(phone);
        var emailKey = ContactDetailsNormalizer.Email(email);
        if (string.IsNullOrWhiteSpace(name) || (phoneKey is null && emailKey is null))
        {
            return [];
        }

        var wanted = ContactDetailsNormalizer.Name(name);
        var words = wanted.Split(' ');

        // The databases compare case-sensitively (and SQLite's lower() knows only ASCII), so the last name is looked
        // up as typed, in lower case and capitalised; the exact comparison of whole names is made below.
        var variants = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Concat(words)
            .Concat(words.Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var candidates = await db.Set<Family>().VisibleTo(db, userId)
            .Where(f => f.Id != linkedFamilyId)
            .SelectMany(f => f.Members)
            .Where(m => variants.Contains(m.LastName))
            .Select(m => new { m.FamilyId, m.FirstName, m.LastName, m.Phone, m.Email })
            .ToListAsync(cancellationToken);

        var reasons = new Dictionary<Guid, SuggestionReason>();
        foreach (var member in candidates)
        {
            var sameName = ContactDetailsNormalizer.Name(member.FirstName + " " + member.LastName) == wanted
                || ContactDetailsNormalizer.Name(member.LastName + " " + member.FirstName) == wanted;
            if (!sameName)
            {
                continue;
            }

            if (phoneKey is not null && ContactDetailsNormalizer.Phone(member.Phone) == phoneKey)
            {
                reasons[member.FamilyId] = SuggestionReason.NameAndPhone;
            }
            else if (emailKey is not null && ContactDetailsNormalizer.Email(member.Email) == emailKey)
            {
                reasons.TryAdd(member.FamilyId, SuggestionReason.NameAndEmail);
            }
        }

        return await DescribeAsync(reasons, cancellationToken);
    }

    /// <summary>The families named, as lists show them, with the guide's reason to think each is the one.</summary>
    private async Task<IReadOnlyList<FamilySuggestion>> DescribeAsync(Dictionary<Guid, SuggestionReason> reasons, CancellationToken cancellationToken)
    {
        if (reasons.Count == 0)
        {
            return [];
        }

        var summaries = await FamilySummaries.LoadAsync(db, reasons.Keys, cancellationToken);
        return summaries.Select(s => new FamilySuggestion(s, reasons[s.Id])).OrderBy(s => s.Reason).ToList();
    }
}

internal static class FamilySummaries
{
    public static async Task<List<FamilySummary>> LoadAsync(PerhesiltaDbContext db, ICollection<Guid> ids, CancellationToken cancellationToken)
    {
        var families = await db.Set<Family>().AsNoTracking()
            .Where(f => ids.Contains(f.Id))
            .Select(f => new
            {
                f.Id,
                f.AreaId,
                f.CreatedAt,
                Members = f.Members.OrderBy(m => m.Role).ThenBy(m => m.BirthDate).ThenBy(m => m.Id)
                    .Select(m => new { m.FirstName, m.LastName, m.Role, m.BirthDate }).ToList(),
                Contacts = db.Set<Contact>().Count(c => c.FamilyId == f.Id),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var areaIds = families.Select(f => f.AreaId).Distinct().ToList();
        var areas = await db.Set<Area>().AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return families
            .OrderBy(f => f.CreatedAt)
            .Select(f => new FamilySummary(
                f.Id,
                f.Members.Select(m => new FamilySummaryMember(m.FirstName + " " + m.LastName, m.Role, m.BirthDate?.Year)).ToList(),
                areas[f.AreaId].LocalName(),
                f.Contacts))
            .ToList();
    }
}

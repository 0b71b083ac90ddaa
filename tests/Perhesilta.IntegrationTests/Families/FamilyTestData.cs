using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Families;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;

namespace Perhesilta.IntegrationTests.Families;

/// <summary>
/// Families of a test's own, written straight to the database. The identity codes are fictional test codes computed
/// from made-up dates (check character = the nine digits mod 31); they belong to nobody.
/// </summary>
internal static class FamilyTestData
{
    /// <summary>Fictional: 15 June 1985, individual number 234.</summary>
    public const string AdultCode = "150685-2340";

    /// <summary>Fictional: 3 March 2019, individual number 456.</summary>
    public const string ChildCode = "030319A456Y";

    /// <summary>Fictional: 1 January 1990, individual number 123.</summary>
    public const string OtherCode = "010190-123M";

    /// <summary>A family of an adult (the default contact's name and phone) and a child, in <paramref name="areaId"/>.</summary>
    public static async Task<Family> CreateFamilyAsync(PerhesiltaApp app, int areaId, string createdBy, Action<Family>? change = null)
    {
        var family = new Family
        {
            AreaId = areaId,
            MunicipalityCode = "564",
            CreatedByUserId = createdBy,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        family.Members.Add(new FamilyMember
        {
            Role = FamilyRole.Adult,
            FirstName = "Maija",
            LastName = "Meikäläinen",
            Relationship = "äiti",
            BirthDate = new DateOnly(1985, 6, 15),
            PersonalIdentityCode = AdultCode,
            Phone = "+358 40 000 0001",
            Email = "maija@test.perhesilta.example",
        });
        family.Members.Add(new FamilyMember
        {
            Role = FamilyRole.Child,
            FirstName = "Mikko",
            LastName = "Meikäläinen",
            BirthDate = new DateOnly(2019, 3, 3),
            PersonalIdentityCode = ChildCode,
        });
        change?.Invoke(family);
        await app.WithDbAsync(db =>
        {
            db.Add(family);
            return db.SaveChangesAsync();
        });
        return family;
    }

    public static async Task<Family?> FindAsync(PerhesiltaApp app, Guid id) =>
        await app.WithDbAsync(db => db.Set<Family>().AsNoTracking().Include(f => f.Members).SingleOrDefaultAsync(f => f.Id == id));

    public static async Task LinkAsync(PerhesiltaApp app, Guid contactId, Guid familyId) =>
        await app.WithDbAsync(async db =>
        {
            var contact = await db.Set<Features.HelpRequests.Contact>().SingleAsync(c => c.Id == contactId);
            contact.FamilyId = familyId;
            return await db.SaveChangesAsync();
        });

    public static async Task<List<AccessLogEntry>> LogOfAsync(PerhesiltaApp app, string recordType, Guid id)
    {
        var recordId = id.ToString();
        return await app.WithDbAsync(db => db.Set<AccessLogEntry>().AsNoTracking()
            .Where(e => e.RecordType == recordType && e.RecordId == recordId)
            .OrderBy(e => e.Sequence)
            .ToListAsync());
    }

    public static async Task<int> FamilyCountInAreaAsync(PerhesiltaApp app, int areaId) =>
        await app.WithDbAsync(db => db.Set<Family>().CountAsync(f => f.AreaId == areaId));
}

using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Staff;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Localization;

namespace Perhesilta.IntegrationTests.Desk;

/// <summary>Contacts of a test's own, written straight to the database (the form that creates them is another feature's).</summary>
internal static class DeskTestData
{
    public const string ContactName = "Maija Meikäläinen";
    public const string Phone = "040 000 0001";
    public const string Email = "maija@test.perhesilta.example";
    public const string Description = "Huoli koulunkäynnistä.\nToinen rivi <script>alert('x')</script> 😊 ääkköset";

    /// <summary>A web-form contact from a parent in <paramref name="municipalityCode"/>, filed under <paramref name="areaId"/>.</summary>
    public static async Task<Contact> CreateContactAsync(PerhesiltaApp app, int areaId, string municipalityCode = "564", Action<Contact>? change = null)
    {
        Contact contact = null!;
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<Perhesilta.Platform.Data.PerhesiltaDbContext>();
            var calendar = services.GetRequiredService<FinnishCalendar>();
            var now = DateTime.UtcNow;
            var topics = await db.Set<Topic>().OrderBy(t => t.SortOrder).Select(t => t.Code).Take(2).ToListAsync();
            contact = new Contact
            {
                ReferenceCode = "PS-" + RandomCode(4) + "-" + RandomCode(4),
                StatusTokenHash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
                InitiatedAt = now,
                Channel = ContactChannel.WebForm,
                Kind = ContactKind.FamilyRequest,
                Requester = RequesterRole.Parent,
                MunicipalityCode = municipalityCode,
                AreaId = areaId,
                Description = Description,
                Urgency = FeltUrgency.Soon,
                ContactName = ContactName,
                Phone = Phone,
                Email = Email,
                ContactMethod = PreferredContactMethod.Phone,
                CallbackDate = DateOnly.FromDateTime(HelsinkiTime.ToLocal(now)).AddDays(1),
                CallbackFrom = new TimeOnly(9, 0),
                CallbackTo = new TimeOnly(11, 30),
                PreferredLanguage = "fi",
                ServiceTask = ServiceTasks.FamilyServices,
                Status = ContactStatus.Received,
                RespondBy = calendar.AddWorkingDays(DateOnly.FromDateTime(HelsinkiTime.ToLocal(now)), 3),
                UpdatedAt = now,
            };
            contact.Children.Add(new ContactChild { Age = 7 });
            contact.Children.Add(new ContactChild { Age = 15 });
            foreach (var topic in topics)
            {
                contact.Topics.Add(new ContactTopic { TopicCode = topic });
            }

            change?.Invoke(contact);
            db.Add(contact);
            await db.SaveChangesAsync();
        });
        return contact;
    }

    public static async Task<Contact> FindAsync(PerhesiltaApp app, Guid id) =>
        await app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().SingleAsync(c => c.Id == id));

    public static async Task<List<AccessLogEntry>> LogOfAsync(PerhesiltaApp app, Guid id)
    {
        var recordId = id.ToString();
        return await app.WithDbAsync(db => db.Set<AccessLogEntry>().AsNoTracking().Where(e => e.RecordType == "Contact" && e.RecordId == recordId).OrderBy(e => e.Sequence).ToListAsync());
    }

    public static async Task AddMunicipalityAsync(PerhesiltaApp app, string userId, string municipalityCode) =>
        await app.WithDbAsync(db =>
        {
            db.Add(new StaffMunicipality { UserId = userId, MunicipalityCode = municipalityCode });
            return db.SaveChangesAsync();
        });

    private static string RandomCode(int length)
    {
        const string alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, length);
    }
}

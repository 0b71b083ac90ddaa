using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Referrals;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.IntegrationTests.Desk;
using Perhesilta.IntegrationTests.Infrastructure;
using Perhesilta.IntegrationTests.ServiceDirectory;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Mail;

namespace Perhesilta.IntegrationTests.Referrals;

/// <summary>A guide with a contact of their area, a service serving Oulu for children 0–17, and a professional of that service.</summary>
internal sealed record ReferralSetup(WorkSetup Work, DirectoryService Service, TestStaff Professional) : IDisposable
{
    public PageClient Guide => Work.Browser;

    public Contact Contact => Work.Contact;

    public string NewUrl => $"/desk/contacts/{Contact.Id}/referrals/new?serviceId={Service.Id}";

    public void Dispose() => Work.Dispose();
}

internal static class ReferralTestData
{
    public static async Task<ReferralSetup> SetupAsync(PerhesiltaApp app, Action<Contact>? change = null, int minAge = 0, int maxAge = 17)
    {
        var work = await WorkTestData.GuideWithContactAsync(app, change);
        var service = await FinderTestData.CreateServiceAsync(app, "Perhetyö " + FinderTestData.UniqueWord(), "Perhetyötä lapsiperheille", ["564"], ["family-work"], minAge, maxAge);
        var professional = await ProfessionalOfAsync(app, service.Id);
        return new ReferralSetup(work, service, professional);
    }

    /// <summary>A professional linked to the service.</summary>
    public static async Task<TestStaff> ProfessionalOfAsync(PerhesiltaApp app, Guid serviceId)
    {
        var professional = await app.CreateStaffAsync(StaffRoles.Professional);
        await app.WithDbAsync(db =>
        {
            db.Add(new ServiceProfessional { UserId = professional.Id, ServiceId = serviceId });
            return db.SaveChangesAsync();
        });
        return professional;
    }

    /// <summary>The referral form's fields for a referral with the mother's verbal consent given an hour ago.</summary>
    public static List<KeyValuePair<string, string>> WithConsent(string? shared = null)
    {
        var given = WorkTestData.HelsinkiNow().AddHours(-1);
        return
        [
            new("Input.Shared", nameof(SharedInformation.Name)),
            new("Input.Shared", nameof(SharedInformation.ContactDetails)),
            new("Input.Shared", shared ?? nameof(SharedInformation.Children)),
            new("Input.Message", "Perhe tarvitsee perhetyötä aamujen sujumiseen."),
            new("Input.Basis", ReferralInput.ConsentBasis),
            new("Input.Consents[0].GivenBy", "äiti"),
            new("Input.Consents[0].Purpose", "Yhteystiedot ja lasten iät perhetyölle"),
            new("Input.Consents[0].GivenTo", "Perhetyö"),
            new("Input.Consents[0].Method", nameof(ConsentMethod.Verbal)),
            new("Input.Consents[0].Date", WorkTestData.Date(given)),
            new("Input.Consents[0].Time", WorkTestData.Time(given)),
        ];
    }

    /// <summary>Sends a form as a browser would with the form's hidden fields (the token, the version) and <paramref name="fields"/>.</summary>
    public static async Task<Page> PostFormAsync(PageClient browser, Page page, string selector, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = page.Document.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {selector} on {page.Url}");
        var hidden = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Url : form.GetAttribute("action")!;
        return await browser.PostAsync(action, hidden.Concat(fields).ToList());
    }

    /// <summary>Refers through the form and answers the new referral's id.</summary>
    public static async Task<Guid> ReferAsync(PerhesiltaApp app, ReferralSetup setup, List<KeyValuePair<string, string>>? fields = null)
    {
        var page = await setup.Guide.GetAsync(setup.NewUrl);
        var sent = await PostFormAsync(setup.Guide, page, "#referral-form", fields ?? WithConsent());
        if (sent.Location?.Contains("/referrals/", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"The referral was not sent: {sent.Text("#error-summary")} {sent.Text("#form-message")}");
        }

        return (await ReferralsOfAsync(app, setup.Contact.Id)).Single().Id;
    }

    public static async Task<List<Referral>> ReferralsOfAsync(PerhesiltaApp app, Guid contactId) =>
        await app.WithDbAsync(db => db.Set<Referral>().AsNoTracking().Include(r => r.Consents).Include(r => r.Events)
            .Where(r => r.ContactId == contactId).OrderBy(r => r.SentAt).ToListAsync());

    public static async Task<Referral> FindAsync(PerhesiltaApp app, Guid id) =>
        await app.WithDbAsync(db => db.Set<Referral>().AsNoTracking().Include(r => r.Consents).Include(r => r.Events).SingleAsync(r => r.Id == id));

    public static async Task<DeadlineClock> ReplyClockAsync(PerhesiltaApp app, Guid referralId) =>
        await app.WithDbAsync(db => db.Set<DeadlineClock>().AsNoTracking().Include(c => c.Events).SingleAsync(c => c.ReferralId == referralId));

    public static async Task<List<OutgoingMail>> ReturnMailAsync(PerhesiltaApp app, string to) =>
        await app.WithDbAsync(db => db.Set<OutgoingMail>().AsNoTracking().Where(m => m.Purpose == ReferralMail.Purpose && m.To == to).ToListAsync());

    public static async Task<List<AccessLogEntry>> LogOfAsync(PerhesiltaApp app, Guid referralId)
    {
        var id = referralId.ToString();
        return await app.WithDbAsync(db => db.Set<AccessLogEntry>().AsNoTracking().Where(e => e.RecordType == "Referral" && e.RecordId == id).OrderBy(e => e.Sequence).ToListAsync());
    }

    /// <summary>Changes a referral straight in the database, e.g. to date its sending back.</summary>
    public static async Task ChangeAsync(PerhesiltaApp app, Guid id, Action<Referral> change) =>
        await app.WithDbAsync(async db =>
        {
            change(await db.Set<Referral>().SingleAsync(r => r.Id == id));
            return await db.SaveChangesAsync();
        });

    /// <summary>A referral of the contact written straight to the database (for the access matrices).</summary>
    public static async Task<Guid> CreateDirectAsync(PerhesiltaApp app, Contact contact, Guid serviceId, string sentByUserId) =>
        await app.WithDbAsync(async db =>
            {
                var referral = new Referral
                {
                    ContactId = contact.Id,
                    ServiceId = serviceId,
                    AreaId = contact.AreaId,
                    Shared = SharedInformation.Name,
                    Message = "Viesti",
                    SentAt = DateTime.UtcNow,
                    SentByUserId = sentByUserId,
                    UpdatedAt = DateTime.UtcNow,
                };
                referral.Consents.Add(new ReferralConsent { ReferralId = referral.Id, GivenBy = "äiti", Purpose = "tarkoitus", GivenTo = "palvelu", GivenAt = DateTime.UtcNow.AddHours(-1), RecordedByUserId = sentByUserId, RecordedAt = DateTime.UtcNow });
                referral.Events.Add(new ReferralEvent { ReferralId = referral.Id, Status = ReferralStatus.Sent, ByUserId = sentByUserId, At = DateTime.UtcNow });
                db.Add(referral);
                await db.SaveChangesAsync();
                return referral.Id;
            });

    public static async Task<int> ReturnRoundAsync(PerhesiltaApp app)
    {
        var returned = 0;
        await app.WithServicesAsync(async services => returned = await services.GetRequiredService<ReturnReferrals>().RunAsync(CancellationToken.None));
        return returned;
    }
}

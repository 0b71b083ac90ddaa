using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.BrowserTests.Infrastructure;

/// <summary>Contacts of a test's own, written straight to the demo database.</summary>
public static class TestContacts
{
    /// <summary>A parent's phone request in Oulu, which the demo guide serves, that arrived two hours ago; <paramref name="change"/> adjusts it.</summary>
    public static async Task<Contact> CreateInOuluAsync(BrowserHost host, string description, Action<Contact>? change = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhesiltaDbContext>();
        var oulu = await db.Set<Municipality>().SingleAsync(m => m.Code == "564");
        var arrived = DateTime.UtcNow.AddHours(-2);
        var contact = new Contact
        {
            ReferenceCode = ContactCodes.NewReferenceCode(),
            StatusTokenHash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            InitiatedAt = arrived,
            Channel = ContactChannel.Phone,
            Kind = ContactKind.FamilyRequest,
            Requester = RequesterRole.Parent,
            MunicipalityCode = oulu.Code,
            AreaId = oulu.AreaId,
            Description = description,
            Urgency = FeltUrgency.Soon,
            ContactName = "Maija Meikäläinen",
            Phone = "040 000 0001",
            ContactMethod = PreferredContactMethod.Phone,
            PreferredLanguage = "fi",
            ServiceTask = ServiceTasks.FamilyServices,
            Status = ContactStatus.InProgress,
            RespondBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3),
            UpdatedAt = arrived,
        };
        change?.Invoke(contact);
        db.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }
}

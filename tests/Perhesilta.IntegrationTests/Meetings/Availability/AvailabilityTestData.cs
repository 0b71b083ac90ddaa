using System.Text;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Meetings.Availability;
using Perhesilta.IntegrationTests.Infrastructure;

namespace Perhesilta.IntegrationTests.Meetings.Availability;

/// <summary>Helpers of the availability tests: posting the pages' forms as a browser does, and reading what was saved.</summary>
internal static class AvailabilityTestData
{
    public static string Token(Page page) =>
        page.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

    /// <summary>The working-hours form with the given days worked (others off), as a browser posts it.</summary>
    public static List<KeyValuePair<string, string>> Hours(Page page, params (DayOfWeek Day, string Start, string End)[] worked)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Token(page)) };
        var index = 0;
        foreach (var day in WorkingHoursInput.Week)
        {
            fields.Add(new($"Hours.Days[{index}].Day", day.ToString()));
            if (worked.FirstOrDefault(w => w.Day == day) is { Start: not null } given)
            {
                fields.Add(new($"Hours.Days[{index}].Works", "true"));
                fields.Add(new($"Hours.Days[{index}].Start", given.Start));
                fields.Add(new($"Hours.Days[{index}].End", given.End));
            }
            else
            {
                fields.Add(new($"Hours.Days[{index}].Start", ""));
                fields.Add(new($"Hours.Days[{index}].End", ""));
            }

            index++;
        }

        return fields;
    }

    /// <summary>Uploads a file through the page's upload form (multipart, with the form's anti-forgery token).</summary>
    public static async Task<Page> UploadAsync(PageClient browser, string pageUrl, byte[] content, string fileName = "kalenteri.ics")
    {
        var page = await browser.GetAsync(pageUrl);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "calendarFile", fileName },
        };
        var response = await browser.Http.PostAsync(pageUrl + "?handler=Upload", form);
        return await Page.ReadAsync(response);
    }

    public static Task<Page> UploadAsync(PageClient browser, string pageUrl, string content) =>
        UploadAsync(browser, pageUrl, Encoding.UTF8.GetBytes(content));

    public static async Task<Page> PostAsync(PageClient browser, string pageUrl, string handler, params (string Name, string Value)[] values)
    {
        var page = await browser.GetAsync(pageUrl);
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", Token(page)) };
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));
        return await browser.PostAsync($"{pageUrl}?handler={handler}", fields);
    }

    public static Task<List<StaffWorkingHours>> HoursOfAsync(PerhesiltaApp app, string userId) =>
        app.WithDbAsync(db => db.Set<StaffWorkingHours>().AsNoTracking().Where(h => h.UserId == userId).OrderBy(h => h.Day).ToListAsync());

    public static Task<List<StaffBusyTime>> BusyOfAsync(PerhesiltaApp app, string userId) =>
        app.WithDbAsync(db => db.Set<StaffBusyTime>().AsNoTracking().Where(b => b.UserId == userId).OrderBy(b => b.StartsAt).ToListAsync());

    public static Task<CalendarFeed?> FeedOfAsync(PerhesiltaApp app, string userId) =>
        app.WithDbAsync(db => db.Set<CalendarFeed>().AsNoTracking().SingleOrDefaultAsync(f => f.UserId == userId));
}

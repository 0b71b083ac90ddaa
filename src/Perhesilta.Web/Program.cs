using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Perhesilta.Features.Account;
using Perhesilta.Features.Calendar;
using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Demo;
using Perhesilta.Features.Desk;
using Perhesilta.Features.Embed;
using Perhesilta.Features.Families;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Meetings;
using Perhesilta.Features.Meetings.Slots;
using Perhesilta.Features.Reference;
using Perhesilta.Features.Referrals;
using Perhesilta.Features.SecurityEvents;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Features.ServiceDirectory.Editing;
using Perhesilta.Features.ServiceDirectory.Finder;
using Perhesilta.Features.ServiceDirectory.Hsds;
using Perhesilta.Features.Staff;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Calendar;
using Perhesilta.Platform.Data;
using Perhesilta.Platform.Http;
using Perhesilta.Platform.Localization;
using Perhesilta.Platform.Mail;
using Perhesilta.Platform.Operations;
using Perhesilta.Platform.Security;
using Perhesilta.Platform.Text;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPerhesiltaData(builder.Configuration, builder.Environment);
builder.Services.AddPerhesiltaLocalization();
builder.Services.AddSecurityEvents(builder.Configuration);
builder.Services.AddStaffIdentity(builder.Configuration);
builder.Services.AddPerhesiltaOperations();
builder.Services.AddWorkingDayCalendar(builder.Configuration);
builder.Services.AddPublicAddress(builder.Configuration);
builder.Services.AddMail(builder.Configuration);
builder.Services.AddAccessLog();
builder.Services.AddText();
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

// The JSON APIs answer in Finnish and Swedish too: "Uleåborg", not "Ule\u00e5borg" (HTML-sensitive characters stay escaped).
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
    .AddMvcOptions(options => options.Filters.Add(new UnknownHandlerFilter()))
    .AddViewLocalization();
builder.Services.AddReferenceData();
builder.Services.AddStaffAdministration();
builder.Services.AddSecurityEventsPage();
builder.Services.AddDemoData(builder.Configuration);
builder.Services.AddAccount();
builder.Services.AddDesk(builder.Configuration);
builder.Services.AddFamilies();
builder.Services.AddEmbedButton();
builder.Services.AddHelpRequests(builder.Configuration);
builder.Services.AddServiceDirectory(builder.Configuration);
builder.Services.AddDirectoryEditing();
builder.Services.AddServiceFinder();
builder.Services.AddHsds(builder.Configuration);
builder.Services.AddDeadlines(builder.Configuration);
builder.Services.AddCalendarApi(builder.Configuration);
builder.Services.AddReferrals(builder.Configuration);
builder.Services.AddMeetings(builder.Configuration);

var app = builder.Build();

if (await PerhesiltaCommands.TryRunAsync(app, args))
{
    return;
}

app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseSecurityHeaders();
app.UseRequestLocalization();
app.UseStaticFiles();
app.UseRouting();
app.UseHelpRequestProtection();
app.UseAuthentication();
app.UseAuthorization();

app.MapPerhesiltaOperations();
app.MapLanguageSwitch();
app.MapAccessLog();
app.MapHelpRequests();
app.MapServiceDirectoryApi();
app.MapHsds();
app.MapCalendarApi();
app.MapMeetingSlotsApi();
app.MapRazorPages();

await app.RunAsync();

/// <summary>The entry point; public so that the integration tests can host the application.</summary>
public partial class Program;

using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Perhesilta.IntegrationTests.Infrastructure;

/// <summary>What ical.js read from an iCalendar object: an independent reading of what Perhesilta wrote with Ical.Net.</summary>
public sealed record IcalJsCalendar(string? Method, string? Prodid, string? Version, IReadOnlyList<IcalJsEvent> Events);

public sealed record IcalJsEvent(
    string Uid,
    int? Sequence,
    string? Status,
    string? Summary,
    string? Description,
    string? Location,
    string? Url,
    IcalJsTime? Start,
    IcalJsTime? End,
    string? StartZone,
    IcalJsPerson? Organizer,
    IReadOnlyList<IcalJsAttendee> Attendees,
    bool Recurring,
    IReadOnlyList<IcalJsOccurrence>? Occurrences);

/// <summary>A time as ical.js gives it: UTC ISO 8601 with "Z", or as written when floating or all-day.</summary>
public sealed record IcalJsTime(string Value, bool Floating)
{
    public DateTime Utc => DateTime.Parse(Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
}

public sealed record IcalJsPerson(string Email, string? Name);

public sealed record IcalJsAttendee(string Email, string? Name, string? Role, string? Partstat, string? Rsvp);

public sealed record IcalJsOccurrence(DateTime Start, DateTime End);

/// <summary>
/// Runs tests/tools/ical-check.mjs with Node: ical.js parses the text and, when asked, expands its recurring events.
/// Fails loudly when Node or ical.js is missing (scripts/test installs both) and when ical.js cannot read the text.
/// </summary>
public static class IcalJs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task<IcalJsCalendar> ParseAsync(string ics) => RunAsync(ics, []);

    /// <summary>The calendar with each event's occurrences that start in [<paramref name="from"/>, <paramref name="to"/>) (UTC).</summary>
    public static Task<IcalJsCalendar> ExpandAsync(string ics, DateTime from, DateTime to) =>
        RunAsync(ics, ["--expand", from.ToString("O", System.Globalization.CultureInfo.InvariantCulture), to.ToString("O", System.Globalization.CultureInfo.InvariantCulture)]);

    private static async Task<IcalJsCalendar> RunAsync(string ics, string[] arguments)
    {
        var tools = ToolsFolder();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(tools, "ical-check.mjs"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Node could not be started: install nodejs (scripts/test does).");
        await node.StandardInput.WriteAsync(ics);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"ical.js could not read the calendar (exit {node.ExitCode}): {await error}");
        }

        return JsonSerializer.Deserialize<IcalJsCalendar>(await output, Json) ?? throw new InvalidOperationException("ical-check.mjs printed nothing.");
    }

    private static string ToolsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var tools = Path.Combine(folder.FullName, "tests", "tools");
            if (File.Exists(Path.Combine(tools, "ical-check.mjs")))
            {
                return Directory.Exists(Path.Combine(tools, "node_modules", "ical.js"))
                    ? tools
                    : throw new InvalidOperationException($"ical.js is not installed in {tools}: run 'npm ci --prefix tests/tools' (scripts/test does).");
            }
        }

        throw new InvalidOperationException("tests/tools/ical-check.mjs was not found above " + AppContext.BaseDirectory);
    }
}

using System.Globalization;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Deadlines.Report;

namespace Perhesilta.Features.Deadlines.Lists;

/// <summary>How a running clock's time left and a rule are written in the lists.</summary>
public static class DeadlineTexts
{
    public static string Rule(IStringLocalizer<DeadlineReportText> text, ClockRule rule) => text["Rule." + rule];

    public static string TimeLeft(IStringLocalizer<DeadlineReportText> text, DueClockRow row) => row.WorkingDaysLeft switch
    {
        < 0 => text["List.Overdue", -row.WorkingDaysLeft],
        0 => text["List.DueToday"],
        _ => text["List.DaysLeft", row.WorkingDaysLeft],
    };

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);
}

/// <summary>The rows of a clock table, shared by the list page and the start page's section.</summary>
public sealed record DueClockTable(string Id, string Caption, IReadOnlyList<DueClockRow> Rows, bool LinksToContacts);

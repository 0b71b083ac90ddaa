using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Deadlines.Lists;

namespace Perhesilta.Features.Deadlines.Report;

/// <summary>
/// The report as CSV for Finnish Excel: semicolons between fields, decimal commas, dates as YYYY-MM-DD, lines ending in
/// CRLF; the caller adds the UTF-8 byte order mark. Rules appear both as their code and in the reader's language.
/// </summary>
public static class ComplianceCsv
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");

    public static string Figures(ComplianceReport report, IStringLocalizer<DeadlineReportText> text)
    {
        var csv = new StringBuilder();
        Line(csv, [
            text["Report.Area"], text["Report.Month"], text["Csv.RuleCode"], text["Report.Rule"], text["Report.Clocks"], text["Report.Met"],
            text["Report.Missed"], text["Report.Stopped"], text["Report.Running"], text["Report.Overdue"], text["Csv.SharePercent"],
            text["Report.Median"], text["Report.Percentile90"], text["Report.Unit"]]);
        foreach (var area in report.Areas)
        {
            foreach (var month in area.Months)
            {
                foreach (var figures in month.Rules)
                {
                    Line(csv, Row(area.AreaName, $"{month.Month:yyyy-MM}", figures, text));
                }
            }

            foreach (var figures in area.Totals)
            {
                Line(csv, Row(area.AreaName, text["Report.WholePeriod"], figures, text));
            }
        }

        return csv.ToString();
    }

    public static string Misses(ComplianceReport report, IStringLocalizer<DeadlineReportText> text)
    {
        var csv = new StringBuilder();
        Line(csv, [text["Csv.RuleCode"], text["Report.Rule"], text["Report.Area"], text["Report.Start"], text["Report.Due"], text["Report.Done"], text["Report.DaysLate"], text["Report.Unit"], text["Report.Reason"]]);
        foreach (var miss in report.Misses)
        {
            Line(csv, [
                ClockRules.Code(miss.Rule), DeadlineTexts.Rule(text, miss.Rule), miss.AreaName, Iso(miss.StartDate), Iso(miss.DueOn), Iso(miss.DoneOn),
                miss.DaysLate.ToString(Finnish), Unit(text, miss.Rule), miss.Reason ?? ""]);
        }

        return csv.ToString();
    }

    public static string Unit(IStringLocalizer<DeadlineReportText> text, ClockRule rule) =>
        text[ClockRules.CountsWorkingDays(rule) ? "Report.UnitWorkingDays" : "Report.UnitCalendarDays"];

    private static string[] Row(string area, string month, RuleFigures f, IStringLocalizer<DeadlineReportText> text) =>
    [
        area, month, ClockRules.Code(f.Rule), DeadlineTexts.Rule(text, f.Rule), Number(f.Clocks), Number(f.Met), Number(f.Missed), Number(f.Stopped),
        Number(f.Running), Number(f.Overdue), f.ShareMet is { } share ? (share * 100).ToString("0.0", Finnish) : "",
        f.MedianDays?.ToString("0.#", Finnish) ?? "", f.Percentile90Days?.ToString(Finnish) ?? "", Unit(text, f.Rule),
    ];

    private static string Number(int value) => value.ToString(Finnish);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.Append(string.Join(';', fields.Select(Field)));
        csv.Append("\r\n");
    }

    /// <summary>
    /// Quotes a field that holds a separator, a quote or a line break, doubling its quotes. A typed reason that begins
    /// like a formula gets an apostrophe, so that Excel shows it instead of calculating it.
    /// </summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}

using System.Globalization;
using Perhesilta.Features.ServiceDirectory;
using Perhesilta.Features.ServiceDirectory.Finder;
using Shouldly;

namespace Perhesilta.UnitTests.ServiceDirectory;

public sealed class HoursSummaryTests
{
    private static readonly CultureInfo Finnish = new("fi-FI");
    private static readonly DateOnly Today = new(2026, 12, 21);

    private static OpeningHours Weekly(int day, int opens, int closes, string? note = null) =>
        new() { Weekday = day, OpensAt = new TimeOnly(opens, 0), ClosesAt = new TimeOnly(closes, 0), Note = LocalizedText.Of(note) };

    private static OpeningHours Closed(int day) => new() { Weekday = day, IsClosed = true };

    private static OpeningHours Exception(DateOnly from, DateOnly to, string note) =>
        new() { ValidFrom = from, ValidTo = to, IsClosed = true, Note = LocalizedText.Of(note, "sv: " + note) };

    private static List<string> Lines(IEnumerable<OpeningHours> rows, CultureInfo? culture = null) =>
        [.. HoursSummary.Of(rows, Today, culture ?? Finnish, "suljettu").Single().Weekly.Select(l => $"{l.Days} {l.Hours}" + (l.Note is null ? "" : $" ({l.Note})"))];

    [Fact]
    public void Days_with_the_same_hours_are_joined_into_a_run_and_a_different_day_breaks_it()
    {
        Lines([Weekly(1, 8, 16), Weekly(2, 8, 16), Weekly(3, 8, 16), Weekly(4, 8, 18), Weekly(5, 8, 16), Closed(6), Closed(7)])
            .ShouldBe(["ma–ke 8.00–16.00", "to 8.00–18.00", "pe 8.00–16.00", "la–su suljettu"]);
    }

    [Fact]
    public void Several_spans_of_a_day_are_shown_side_by_side_in_time_order()
    {
        Lines([Weekly(1, 12, 16), Weekly(1, 8, 11), Weekly(2, 8, 11), Weekly(2, 12, 16)])
            .ShouldBe(["ma–ti 8.00–11.00, 12.00–16.00"]);
    }

    [Fact]
    public void Days_without_rows_are_left_out_and_do_not_join_a_run_across_them()
    {
        Lines([Weekly(1, 9, 15), Weekly(3, 9, 15)]).ShouldBe(["ma 9.00–15.00", "ke 9.00–15.00"]);
    }

    [Fact]
    public void A_note_is_part_of_what_makes_two_days_the_same()
    {
        Lines([Weekly(1, 9, 12, "puhelinaika"), Weekly(2, 9, 12, "puhelinaika"), Weekly(3, 9, 12)])
            .ShouldBe(["ma–ti 9.00–12.00 (puhelinaika)", "ke 9.00–12.00"]);
    }

    [Fact]
    public void Day_names_and_times_follow_the_readers_culture()
    {
        Lines([Weekly(1, 8, 16), Weekly(2, 8, 16)], new CultureInfo("sv-FI")).ShouldBe(["mån–tis 08:00–16:00"]);
        HoursSummary.DayName(7, new CultureInfo("en-FI")).ShouldBe("Sun");
    }

    [Fact]
    public void Only_exceptions_that_are_on_today_or_start_within_the_coming_weeks_are_told()
    {
        var blocks = HoursSummary.Of(
            [
                Weekly(1, 8, 16),
                Exception(Today.AddDays(-10), Today.AddDays(-3), "mennyt"),
                Exception(Today.AddDays(-1), Today.AddDays(1), "joulu"),
                Exception(Today.AddDays(HoursSummary.UpcomingDays), Today.AddDays(HoursSummary.UpcomingDays), "rajalla"),
                Exception(Today.AddDays(HoursSummary.UpcomingDays + 1), Today.AddDays(HoursSummary.UpcomingDays + 1), "liian kaukana"),
            ],
            Today,
            Finnish,
            "suljettu");

        var exceptions = blocks.Single().Exceptions;
        exceptions.Select(e => (e.Note, e.Today)).ShouldBe([("joulu", true), ("rajalla", false)]);
        exceptions[0].Dates.ShouldBe("20.12.2026–22.12.2026");
        exceptions[0].Hours.ShouldBe("suljettu");
    }

    [Fact]
    public void The_services_own_hours_come_before_those_of_its_locations()
    {
        var location = Guid.NewGuid();
        var own = Weekly(2, 12, 13, "puhelinaika");
        var atLocation = Weekly(1, 8, 16);
        atLocation.LocationId = location;

        var blocks = HoursSummary.Of([atLocation, own], Today, Finnish, "suljettu");

        blocks.Select(b => b.LocationId).ShouldBe([null, location]);
    }
}

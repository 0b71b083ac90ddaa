using System.ComponentModel;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.Localization;

namespace Perhesilta.Features.Calendar;

/// <summary>
/// <c>GET /api/v1/calendar/non-working-days</c> and <c>GET /api/v1/calendar/due-date</c>: the working-day arithmetic
/// of the statutory clocks, read-only, for other systems and reports. Open to all, limited per client address.
/// </summary>
internal static class CalendarApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/calendar")
            .AllowAnonymous()
            .RequireRateLimiting(CalendarFeature.RateLimitPolicy)
            .WithTags("Calendar")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/non-working-days", (
                [Description("The first day, YYYY-MM-DD (2000-01-01 to 2100-12-31).")] string? from,
                [Description("The last day, YYYY-MM-DD; at most 10 years after from.")] string? to,
                [Description("The language of the reasons and error messages: fi (default), sv or en.")] string? lang,
                ListNonWorkingDays list,
                IStringLocalizer<SharedText> shared,
                IStringLocalizer<CalendarText> text) =>
                InLanguage(lang, shared, text, () => Answer(list.Handle(from, to), text)))
            .WithName(nameof(ListNonWorkingDays))
            .WithSummary("The days that are not working days (arkipäivä) for statutory deadlines between two dates, and why.")
            .WithDescription("Weekends, public holidays with their names, Midsummer Eve and Christmas Eve (unless the county's setting "
                + "Calendar:EvesAreWorkingDays counts them as working days) and the county's own closure days with its reason. "
                + "Each day has a kind (holiday, eve, weekend, closure) and a reason; a holiday on a weekend is named as the holiday. "
                + "New Year's Eve is a working day.")
            .Produces<NonWorkingDaysResponse>();

        api.MapGet("/due-date", (
                [Description("The clock rule: shl36-start, shl36-complete, lsl26-decision, lsl26-complete, client-plan, client-plan-review, reply-to-contact, reply-to-referral or network-meeting.")] string? rule,
                [Description("The day the matter became pending, YYYY-MM-DD; it is not counted (Act 150/1930 s. 2).")] string? start,
                [Description("true for an urgent need for help: shl36-start is then due the same day. Only for shl36-start.")] string? urgent,
                [Description("The language of the basis and error messages: fi (default), sv or en.")] string? lang,
                CalculateDueDate calculate,
                IStringLocalizer<SharedText> shared,
                IStringLocalizer<CalendarText> text) =>
                InLanguage(lang, shared, text, () => Answer(calculate.Handle(rule, start, urgent), text)))
            .WithName(nameof(CalculateDueDate))
            .WithSummary("The due date of a statutory deadline or a county promise that started on a given day.")
            .WithDescription("Working-day rules count the Nth working day after the start (weekends, holidays, the eves per the setting and "
                + "the county's closure days are skipped); month rules end on the same date months later or on the month's last day "
                + "(Act 150/1930 s. 3). The due date is the plain date even when it falls on a weekend. The county's promises use its settings.")
            .Produces<DueDateResponse>();
    }

    /// <summary>Answers in the language asked for, or, without one, in the request's language.</summary>
    private static IResult InLanguage(string? lang, IStringLocalizer<SharedText> shared, IStringLocalizer<CalendarText> text, Func<IResult> answer) =>
        ApiLanguage.Refusal(lang, shared) is { } refusal
            ? Results.ValidationProblem(new Dictionary<string, string[]> { ["lang"] = [refusal] }, title: text["Api.BadRequest"])
            : lang is null ? answer() : InCulture.Run(lang, answer);

    private static IResult Answer<T>(CalendarAnswer<T> answer, IStringLocalizer<CalendarText> text)
        where T : class =>
        answer.Errors.Count > 0 ? Problem(answer.Errors, text) : Results.Ok(answer.Value);

    private static IResult Problem(IReadOnlyList<CalendarQueryError> errors, IStringLocalizer<CalendarText> text) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => text[e.Key, e.Args].Value).ToArray()),
            title: text["Api.BadRequest"]);
}

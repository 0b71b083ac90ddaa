using Microsoft.Extensions.Localization;
using Perhesilta.Platform.Calendar;

namespace Perhesilta.Features.Desk;

internal static class TimeLeftTexts
{
    /// <summary>"5 h left", "2 working days left", "overdue by 3 h": whole working days once there is one, else whole hours.</summary>
    public static string Of(IStringLocalizer<DeskText> text, TimeLeft left)
    {
        var prefix = left.Overdue ? "TimeLeft.Overdue" : "TimeLeft.Left";
        var hours = (int)left.Amount.TotalHours;
        return left.WholeDays switch
        {
            1 => text[prefix + "OneDay"],
            > 1 => text[prefix + "Days", left.WholeDays],
            _ when hours > 0 => text[prefix + "Hours", hours],
            _ => text[prefix + "UnderAnHour"],
        };
    }
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

public sealed class SaveAreaInput
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 200;
    public const int MaxPhoneLength = 40;
    public const int MaxUnitLength = 200;

    /// <summary>Given when the area is created and fixed afterwards: other features and reports refer to it.</summary>
    public string? Code { get; set; }

    public string? NameFi { get; set; }

    public string? NameSv { get; set; }

    public string? NameEn { get; set; }

    /// <summary>sosiaalipäivystys: shown to families on the public pages; optional.</summary>
    public string? EmergencySocialServicesPhone { get; set; }

    /// <summary>The unit that receives notifications without consent from this area; optional.</summary>
    public string? NotificationReceivingUnit { get; set; }
}

public sealed record SaveAreaResult(FormErrors Errors, int? AreaId = null, bool NotFound = false);

/// <summary>An administrator creates an area (a grouping of municipalities) or renames one in the three languages and sets
/// its emergency social services number and the unit that receives notifications.</summary>
public sealed partial class SaveArea(PerhesiltaDbContext db)
{
    /// <summary>Creates the area when <paramref name="areaId"/> is null, otherwise renames it.</summary>
    public async Task<SaveAreaResult> HandleAsync(int? areaId, SaveAreaInput input, CancellationToken cancellationToken = default)
    {
        var errors = new FormErrors();
        Area? area = null;
        if (areaId is { } id)
        {
            area = await db.Set<Area>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (area is null)
            {
                return new SaveAreaResult(errors, NotFound: true);
            }
        }
        else
        {
            var code = input.Code?.Trim() ?? "";
            if (code.Length == 0)
            {
                errors.Add("code", "Area.Error.CodeRequired");
            }
            else if (code.Length > SaveAreaInput.MaxCodeLength || !CodePattern().IsMatch(code))
            {
                errors.Add("code", "Area.Error.CodeFormat", SaveAreaInput.MaxCodeLength);
            }
            else if (await db.Set<Area>().AnyAsync(a => a.Code == code, cancellationToken))
            {
                errors.Add("code", "Area.Error.CodeTaken");
            }
        }

        var nameFi = Clean(input.NameFi);
        if (nameFi is null)
        {
            errors.Add("name-fi", "Area.Error.NameFiRequired");
        }

        foreach (var (field, value) in new[] { ("name-fi", nameFi), ("name-sv", Clean(input.NameSv)), ("name-en", Clean(input.NameEn)) })
        {
            if (value?.Length > SaveAreaInput.MaxNameLength)
            {
                errors.Add(field, "Area.Error.NameTooLong", SaveAreaInput.MaxNameLength);
            }
        }

        var phone = Clean(input.EmergencySocialServicesPhone);
        if (phone is not null && !IsPhoneNumber(phone))
        {
            errors.Add("emergency-phone", "Area.Error.PhoneFormat");
        }

        var unit = Clean(input.NotificationReceivingUnit);
        if (unit?.Length > SaveAreaInput.MaxUnitLength)
        {
            errors.Add("receiving-unit", "Area.Error.UnitTooLong", SaveAreaInput.MaxUnitLength);
        }

        if (errors.Any)
        {
            return new SaveAreaResult(errors);
        }

        if (area is null)
        {
            area = new Area { Code = input.Code!.Trim(), NameFi = nameFi! };
            db.Add(area);
        }

        area.NameFi = nameFi!;
        area.NameSv = Clean(input.NameSv);
        area.NameEn = Clean(input.NameEn);
        area.EmergencySocialServicesPhone = phone;
        area.NotificationReceivingUnit = unit;
        await db.SaveChangesAsync(cancellationToken);
        return new SaveAreaResult(errors, area.Id);
    }

    /// <summary>
    /// A number a family can dial, as people write it: an optional +, then digits with spaces, hyphens or brackets;
    /// 5 to 15 digits (E.164 allows 15; Finnish service numbers have at least 5).
    /// </summary>
    public static bool IsPhoneNumber(string value)
    {
        if (value.Length > SaveAreaInput.MaxPhoneLength || !PhonePattern().IsMatch(value))
        {
            return false;
        }

        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 5 and <= 15;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\+?[0-9]([0-9 ()-]*[0-9])?$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

/// <summary>A page of this feature with a form: its errors, localised for the field they belong to.</summary>
public abstract class StaffFormPageModel(IStringLocalizer<StaffText> text) : PageModel
{
    public FormErrors Errors { get; protected set; } = new();

    public string? ErrorFor(string field) => Errors.For(field) is { } error ? text[error.Key, error.Args].Value : null;

    /// <summary>The id of the field's error message, for <c>aria-describedby</c>; null when the field has none.</summary>
    public string? ErrorIdFor(string field) => Errors.For(field) is null ? null : field + "-error";
}

/// <summary>The fields shared by the new-account and edit-account pages (<c>_AccountFields.cshtml</c>).</summary>
public interface IAccountForm
{
    StaffAccountFields Fields { get; }

    FormErrors Errors { get; }

    IReadOnlyList<AreaChoice> AreaChoices { get; }

    string? ErrorFor(string field);

    string? ErrorIdFor(string field);
}

public sealed record AreaChoice(string Code, string Name, IReadOnlyList<MunicipalityChoice> Municipalities);

public sealed record MunicipalityChoice(string Code, string Name);

internal static class AreaChoiceList
{
    /// <summary>Every area with its municipalities, in the reader's alphabetical order.</summary>
    public static async Task<IReadOnlyList<AreaChoice>> LoadAsync(PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        var areas = await db.Set<Area>().Include(a => a.Municipalities).AsNoTracking().ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true);
        return areas
            .Select(a => new AreaChoice(
                a.Code,
                a.LocalName(),
                a.Municipalities.Select(m => new MunicipalityChoice(m.Code, m.LocalName())).OrderBy(m => m.Name, comparer).ToList()))
            .OrderBy(a => a.Name, comparer)
            .ToList();
    }
}

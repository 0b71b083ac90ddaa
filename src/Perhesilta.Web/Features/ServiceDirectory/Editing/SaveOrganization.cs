using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.ServiceDirectory.Editing;

/// <summary>The organisation form as typed; <see cref="Version"/> is the version the editor opened.</summary>
public sealed class OrganizationInput
{
    public int Version { get; set; }

    public string? Kind { get; set; }

    public LocalizedText Name { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    public string? Website { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? MunicipalityCode { get; set; }

    public static OrganizationInput From(DirectoryOrganization o) => new()
    {
        Version = o.Version,
        Kind = o.Kind.ToString(),
        Name = o.Name.Copy(),
        Description = o.Description.Copy(),
        Website = o.Website,
        Email = o.Email,
        Phone = o.Phone,
        MunicipalityCode = o.MunicipalityCode,
    };
}

/// <summary>An editor creates an organisation or changes one; every save is a new version in its history.</summary>
public sealed class SaveOrganization(
    PerhesiltaDbContext db,
    SaveConflicts saving,
    TimeProvider clock,
    IStringLocalizer<DirectoryText> rules,
    IStringLocalizer<EditingText> text)
{
    /// <summary>Creates the organisation when <paramref name="id"/> is null, otherwise saves a new version of it.</summary>
    public async Task<SaveResult> HandleAsync(Guid? id, OrganizationInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new EditorErrors();
        DirectoryOrganization organization;
        if (id is { } existing)
        {
            if (await db.Set<DirectoryOrganization>().SingleOrDefaultAsync(o => o.Id == existing, cancellationToken) is not { } found)
            {
                return new SaveResult(errors, NotFound: true);
            }

            organization = found;
        }
        else
        {
            organization = new DirectoryOrganization();
        }

        var candidate = new DirectoryOrganization
        {
            Id = organization.Id,
            Name = Typed.Clean(input.Name),
            Description = Typed.Clean(input.Description),
            Website = Typed.Clean(input.Website),
            Email = Typed.Clean(input.Email),
            Phone = Typed.Clean(input.Phone),
            MunicipalityCode = Typed.Clean(input.MunicipalityCode),
        };
        if (Enum.TryParse<OrganizationKind>(input.Kind, out var kind) && Enum.IsDefined(kind) && !int.TryParse(input.Kind, out _))
        {
            candidate.Kind = kind;
        }
        else
        {
            errors.Add(FieldIds.Of("Kind"), FieldLabels.For("Kind", text), text["Error.ChooseOne"]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var codes = await DirectoryCodes.LoadAsync(db, cancellationToken);
        FieldLabels.AddRuleErrors(errors, DirectoryRules.Check(candidate, codes, DirectoryDates.Today(clock)), field => field, rules, text);
        if (errors.Any)
        {
            return new SaveResult(errors);
        }

        DirectoryRecords.CopyContent(candidate, organization);
        if (id is null)
        {
            db.Add(organization);
        }

        var conflict = await saving.SaveAsync(organization, input.Version, userId, now, cancellationToken);
        return new SaveResult(errors, organization.Id, conflict);
    }
}

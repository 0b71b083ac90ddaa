using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Auth;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Staff;

/// <summary>What an administrator decides about a person's work: name, roles, and the areas and single municipalities they serve.</summary>
public class StaffAccountFields
{
    public const int MaxNameLength = 200;

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<string> AreaCodes { get; set; } = [];

    public List<string> MunicipalityCodes { get; set; } = [];
}

/// <summary>The checks that creating and changing an account share; codes from a tampered form are named, not ignored.</summary>
internal static class StaffAccountRules
{
    public static async Task ValidateAsync(StaffAccountFields input, FormErrors errors, PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        var name = input.DisplayName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add("name", "Account.Error.NameRequired");
        }
        else if (name.Length > StaffAccountFields.MaxNameLength)
        {
            errors.Add("name", "Account.Error.NameTooLong", StaffAccountFields.MaxNameLength);
        }

        if (input.Roles.Count == 0)
        {
            errors.Add("roles", "Account.Error.RoleRequired");
        }
        else if (input.Roles.FirstOrDefault(r => !StaffRoles.All.Contains(r)) is { } unknownRole)
        {
            errors.Add("roles", "Account.Error.UnknownRole", unknownRole);
        }

        var areaCodes = input.AreaCodes.Distinct().ToList();
        var knownAreas = await db.Set<Area>().Where(a => areaCodes.Contains(a.Code)).Select(a => a.Code).ToListAsync(cancellationToken);
        if (areaCodes.FirstOrDefault(c => !knownAreas.Contains(c)) is { } unknownArea)
        {
            errors.Add("areas", "Account.Error.UnknownArea", unknownArea);
        }

        var municipalityCodes = input.MunicipalityCodes.Distinct().ToList();
        var knownMunicipalities = await db.Set<Municipality>().Where(m => municipalityCodes.Contains(m.Code)).Select(m => m.Code).ToListAsync(cancellationToken);
        if (municipalityCodes.FirstOrDefault(c => !knownMunicipalities.Contains(c)) is { } unknownMunicipality)
        {
            errors.Add("municipalities", "Account.Error.UnknownMunicipality", unknownMunicipality);
        }
    }

    /// <summary>
    /// Replaces the person's areas and single municipalities with those chosen; saved by the caller. Answers what
    /// changed, as codes for the security event (e.g. <c>+oulu -raahe +009</c>), or null when nothing did.
    /// </summary>
    public static async Task<string?> AssignAsync(string userId, StaffAccountFields input, PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        var areaCodes = input.AreaCodes.Distinct().ToList();
        var areas = await db.Set<Area>().Select(a => new { a.Id, a.Code }).ToListAsync(cancellationToken);
        var areaIds = areas.Where(a => areaCodes.Contains(a.Code)).Select(a => a.Id).ToList();
        var currentAreas = await db.Set<StaffArea>().Where(a => a.UserId == userId).ToListAsync(cancellationToken);
        var removedAreas = currentAreas.Where(a => !areaIds.Contains(a.AreaId)).ToList();
        var addedAreas = areaIds.Where(id => !currentAreas.Exists(a => a.AreaId == id)).ToList();
        db.RemoveRange(removedAreas);
        db.AddRange(addedAreas.Select(id => new StaffArea { UserId = userId, AreaId = id }));

        var municipalityCodes = input.MunicipalityCodes.Distinct().ToList();
        var currentMunicipalities = await db.Set<StaffMunicipality>().Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        var removedMunicipalities = currentMunicipalities.Where(m => !municipalityCodes.Contains(m.MunicipalityCode)).ToList();
        var addedMunicipalities = municipalityCodes.Where(code => !currentMunicipalities.Exists(m => m.MunicipalityCode == code)).ToList();
        db.RemoveRange(removedMunicipalities);
        db.AddRange(addedMunicipalities.Select(code => new StaffMunicipality { UserId = userId, MunicipalityCode = code }));

        string CodeOf(int areaId) => areas.Single(a => a.Id == areaId).Code;
        var changes = addedAreas.Select(id => "+" + CodeOf(id))
            .Concat(removedAreas.Select(a => "-" + CodeOf(a.AreaId)))
            .Concat(addedMunicipalities.Select(code => "+" + code))
            .Concat(removedMunicipalities.Select(m => "-" + m.MunicipalityCode))
            .ToList();
        return changes.Count == 0 ? null : string.Join(' ', changes);
    }

    /// <summary>Whether anyone other than <paramref name="userId"/> is an active administrator.</summary>
    public static async Task<bool> AnotherActiveAdministratorExistsAsync(string userId, PerhesiltaDbContext db, CancellationToken cancellationToken)
    {
        var roleId = await db.Roles.Where(r => r.Name == StaffRoles.Administrator).Select(r => r.Id).SingleAsync(cancellationToken);
        return await db.UserRoles
            .Where(ur => ur.RoleId == roleId && ur.UserId != userId)
            .Join(db.Users, ur => ur.UserId, u => u.Id, (_, u) => u)
            .AnyAsync(u => u.IsActive, cancellationToken);
    }
}

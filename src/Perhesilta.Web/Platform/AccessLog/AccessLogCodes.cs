using System.Text.RegularExpressions;
using Perhesilta.Platform.Auth;

namespace Perhesilta.Platform.AccessLog;

/// <summary>
/// Why client data was handled (käyttötarkoitus). A fixed list: the log answers "why" with a code, never with text
/// someone typed. Never rename a code; entries keep it.
/// </summary>
public static class AccessPurposes
{
    /// <summary>Service guidance or a service's own work with the family (the default for guides and professionals).</summary>
    public const string ClientWork = "client-work";

    /// <summary>A manager's supervision and reporting of their areas (the default for managers).</summary>
    public const string Supervision = "supervision";

    /// <summary>Maintaining accounts, reference data and the system (the default for administrators).</summary>
    public const string Administration = "administration";

    /// <summary>Checking who has handled client data: reading the access log itself.</summary>
    public const string Audit = "audit";

    /// <summary>The client's own request to see or receive their data (tarkastusoikeus).</summary>
    public const string ClientRequest = "client-request";

    /// <summary>Disclosure that a law requires or allows, e.g. to child welfare or the police (lakisääteinen luovutus).</summary>
    public const string StatutoryDisclosure = "statutory-disclosure";

    /// <summary>Handling a complaint or another matter about how the client was served (muistutus, kantelu).</summary>
    public const string Complaint = "complaint";

    /// <summary>Correcting a client's record (tietojen korjaaminen).</summary>
    public const string RecordCorrection = "record-correction";

    public static readonly IReadOnlyList<string> All = [ClientWork, Supervision, Administration, Audit, ClientRequest, StatutoryDisclosure, Complaint, RecordCorrection];

    /// <summary>The purpose implied by a person's role when the caller names none; null for a person with no staff role.</summary>
    public static string? DefaultFor(Func<string, bool> isInRole) =>
        isInRole(StaffRoles.ServiceGuide) || isInRole(StaffRoles.Professional) ? ClientWork
        : isInRole(StaffRoles.Manager) ? Supervision
        : isInRole(StaffRoles.Administrator) ? Administration
        : null;
}

/// <summary>The shapes that ids and codes in the log may take: short, ASCII, no spaces, no "@" — so no names, sentences or e-mail addresses.</summary>
public static partial class AccessLogCodes
{
    public const int MaxLength = 64;

    /// <summary>A record type: a PascalCase code such as <c>Family</c> or <c>HelpRequest</c>.</summary>
    public static bool IsRecordType(string? value) => value is not null && RecordTypePattern().IsMatch(value);

    /// <summary>A record or account id: a number, a GUID or a code (letters, digits and <c>. _ : -</c>).</summary>
    public static bool IsId(string? value) => value is not null && IdPattern().IsMatch(value);

    public static bool IsPurpose(string? value) => value is not null && AccessPurposes.All.Contains(value);

    public static void EnsureValid(string actorUserId, string recordType, string recordId, string purpose)
    {
        if (!IsId(actorUserId))
        {
            throw new ArgumentException("The actor must be an account id.", nameof(actorUserId));
        }

        if (!IsRecordType(recordType))
        {
            throw new ArgumentException("The record type must be a PascalCase code of at most 64 ASCII letters and digits.", nameof(recordType));
        }

        if (!IsId(recordId))
        {
            throw new ArgumentException("The record id must be an id (ASCII letters, digits and . _ : -, at most 64), never a name or other text.", nameof(recordId));
        }

        if (!IsPurpose(purpose))
        {
            throw new ArgumentException($"The purpose must be one of: {string.Join(", ", AccessPurposes.All)}.", nameof(purpose));
        }
    }

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex RecordTypePattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}

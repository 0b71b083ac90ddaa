using Perhesilta.Features.Referrals;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>The meeting request form as typed: everything a string, so that what the guide typed is shown back as it was.</summary>
public sealed class MeetingInput
{
    /// <summary>Rows for family members the form offers at once (e.g. both parents and a young person).</summary>
    public const int FamilyRows = 3;

    /// <summary>Rows for professionals the form offers at once.</summary>
    public const int ProfessionalRows = 6;

    public string? Purpose { get; set; }

    public string? TargetWorkingDays { get; set; }

    public string? Mode { get; set; }

    public string? LocationId { get; set; }

    /// <summary>The home address (at home), or a note on the room (at a location).</summary>
    public string? Place { get; set; }

    public string? RemoteLink { get; set; }

    public string? Duration { get; set; }

    /// <summary>The names of the <see cref="Meetings.Weekdays"/> that suit the family.</summary>
    public List<string> Weekdays { get; set; } = [];

    public List<string> DayParts { get; set; } = [];

    public string? WishNote { get; set; }

    public List<FamilyMemberInput> Family { get; set; } = [];

    public List<ProfessionalInput> Professionals { get; set; } = [];

    /// <summary>The names of the <see cref="SharedInformation"/> flags shown to the invited professionals.</summary>
    public List<string> Shared { get; set; } = [];

    public List<ConsentInput> Consents { get; set; } = [];

    public Guid Version { get; set; }

    public FamilyMemberInput FamilyAt(int index) => index < Family.Count ? Family[index] : new FamilyMemberInput();

    public ProfessionalInput ProfessionalAt(int index) => index < Professionals.Count ? Professionals[index] : new ProfessionalInput();

    public ConsentInput ConsentAt(int index) => index < Consents.Count ? Consents[index] : new ConsentInput();
}

/// <summary>A family member who will attend, as typed.</summary>
public sealed class FamilyMemberInput
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Email { get; set; }

    public string? Language { get; set; }

    public bool Required { get; set; }

    public bool IsEmpty => new[] { Name, Role, Email }.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// A professional, as typed: chosen from the list (a professional of a directory service, or a Perhesilta user by
/// name), or someone outside Perhesilta by name and e-mail.
/// </summary>
public sealed class ProfessionalInput
{
    /// <summary>A <see cref="ProfessionalOption.Value"/> of the list; empty for someone outside Perhesilta.</summary>
    public string? Choice { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Role { get; set; }

    public bool Required { get; set; }

    public bool IsEmpty => new[] { Choice, Name, Email, Role }.All(string.IsNullOrWhiteSpace);
}

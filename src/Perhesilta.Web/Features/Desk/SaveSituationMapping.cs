using Microsoft.EntityFrameworkCore;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Features.Reference;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Desk;

/// <summary>The situation mapping form as sent: every value as typed, so that a refused form shows it again.</summary>
public sealed class MappingInput
{
    public Guid Version { get; set; }

    public FeltUrgency? AssessedUrgency { get; set; }

    public List<string> TopicCodes { get; set; } = [];

    public List<MemberInput> Members { get; set; } = [];

    public string? TriedAlready { get; set; }

    public string? ServicesInUse { get; set; }

    public string? Strengths { get; set; }

    public string? Concerns { get; set; }

    public bool InterpreterNeeded { get; set; }

    public string? InterpreterLanguage { get; set; }

    public string? CorrectedDescription { get; set; }
}

/// <summary>One row of the family's composition; the age is text so that whatever was typed can be shown again.</summary>
public sealed class MemberInput
{
    public FamilyRole? Role { get; set; }

    public string? Age { get; set; }

    public string? Description { get; set; }

    public bool IsEmpty => Role is null && string.IsNullOrWhiteSpace(Age) && string.IsNullOrWhiteSpace(Description);
}

/// <summary>
/// tilanteen kartoitus: saves the guide's picture of the situation and their assessed urgency together with the
/// contact's new version, in one transaction; what the asker wrote stays untouched beside it.
/// </summary>
public sealed class SaveSituationMapping(ContactChanges changes, PerhesiltaDbContext db)
{
    public async Task<(ContactChangeResult Result, MappingErrors Errors)> HandleAsync(Guid id, MappingInput input, string userId, CancellationToken cancellationToken = default)
    {
        var knownTopics = await db.Set<Topic>().Select(t => t.Code).ToListAsync(cancellationToken);
        var errors = MappingValidation.Validate(input, knownTopics);
        if (errors.Any)
        {
            return (ContactChangeResult.Refuse("Mapping.Error.Summary"), errors);
        }

        var result = await changes.ApplyCheckedAsync(id, input.Version, userId, async (contact, now) =>
        {
            if (contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse("Contact.Error.Closed");
            }

            var mapping = await db.Set<SituationMapping>().Include(m => m.Topics).Include(m => m.Members).AsSplitQuery()
                .SingleOrDefaultAsync(m => m.ContactId == id, cancellationToken);
            if (mapping is null)
            {
                mapping = new SituationMapping { ContactId = id, UpdatedByUserId = userId };
                db.Add(mapping);
            }

            contact.AssessedUrgency = input.AssessedUrgency;
            mapping.CorrectedDescription = MappingValidation.Clean(input.CorrectedDescription);
            mapping.TriedAlready = MappingValidation.Clean(input.TriedAlready);
            mapping.ServicesInUse = MappingValidation.Clean(input.ServicesInUse);
            mapping.Strengths = MappingValidation.Clean(input.Strengths);
            mapping.Concerns = MappingValidation.Clean(input.Concerns);
            mapping.InterpreterNeeded = input.InterpreterNeeded;
            mapping.InterpreterLanguage = input.InterpreterNeeded ? MappingValidation.Clean(input.InterpreterLanguage) : null;
            mapping.UpdatedByUserId = userId;
            mapping.UpdatedAt = now;
            mapping.Topics.Clear();
            mapping.Topics.AddRange(input.TopicCodes.Distinct(StringComparer.Ordinal).Select(code => new SituationTopic { ContactId = id, TopicCode = code }));
            mapping.Members.Clear();
            mapping.Members.AddRange(input.Members.Where(m => !m.IsEmpty).Select(m => new SituationMember
            {
                ContactId = id,
                Role = m.Role!.Value,
                Age = MappingValidation.AgeOf(m.Age),
                Description = MappingValidation.Clean(m.Description),
            }));
            return null;
        }, cancellationToken);
        return (result, errors);
    }
}

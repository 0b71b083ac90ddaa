using Perhesilta.Features.Desk;

namespace Perhesilta.Features.Meetings.Planning;

/// <summary>Reads the participant rows of the request form into participants, with their errors on the fields of their rows.</summary>
internal static class ParticipantRows
{
    public static List<MeetingParticipant> Read(WorkFormErrors errors, MeetingInput input, IReadOnlyList<ProfessionalOption> options)
    {
        var participants = new List<MeetingParticipant>();
        foreach (var (row, i) in input.Family.Select((r, i) => (r, i)).Where(r => !r.r.IsEmpty))
        {
            var prefix = $"family-{i}";
            var name = WorkFields.Text(errors, prefix + "-name", row.Name, MeetingLimits.ShortText, "Meeting.Error.NameRequired", "Meeting.Error.TooLong");
            var role = WorkFields.Text(errors, prefix + "-role", row.Role, MeetingLimits.ShortText, null, "Meeting.Error.TooLong");
            var email = MeetingFields.Email(errors, prefix + "-email", row.Email, null);
            var language = MeetingFields.Languages.Contains(row.Language ?? "") ? row.Language! : null;
            if (language is null)
            {
                errors.Add(prefix + "-language", "Meeting.Error.LanguageRequired");
            }

            participants.Add(new MeetingParticipant { Kind = ParticipantKind.FamilyMember, Name = name ?? "", Role = role, Email = email, Language = language ?? "fi", Required = row.Required });
        }

        foreach (var (row, i) in input.Professionals.Select((r, i) => (r, i)).Where(r => !r.r.IsEmpty))
        {
            var prefix = $"professional-{i}";
            var role = WorkFields.Text(errors, prefix + "-role", row.Role, MeetingLimits.ShortText, null, "Meeting.Error.TooLong");
            if (!string.IsNullOrWhiteSpace(row.Choice))
            {
                var option = options.FirstOrDefault(o => o.Value == row.Choice);
                if (option is null)
                {
                    errors.Add(prefix, "Meeting.Error.ProfessionalUnknown");
                    continue;
                }

                if (!string.IsNullOrWhiteSpace(row.Name) || !string.IsNullOrWhiteSpace(row.Email))
                {
                    errors.Add(prefix + "-name", "Meeting.Error.ChosenAndTyped");
                }

                if (participants.Any(p => p.UserId == option.UserId))
                {
                    errors.Add(prefix, "Meeting.Error.ProfessionalTwice");
                }

                participants.Add(new MeetingParticipant
                {
                    Kind = option.IsGuide ? ParticipantKind.Guide : ParticipantKind.Professional,
                    Name = option.Name,
                    Email = option.Email,
                    UserId = option.UserId,
                    ServiceId = option.ServiceId,
                    Role = role ?? (option.ServiceId is null ? null : option.Group),
                    Required = row.Required,
                });
                continue;
            }

            // Someone outside Perhesilta is invited by e-mail alone: without an address they could not be invited at all.
            var name = WorkFields.Text(errors, prefix + "-name", row.Name, MeetingLimits.ShortText, "Meeting.Error.NameRequired", "Meeting.Error.TooLong");
            var email = MeetingFields.Email(errors, prefix + "-email", row.Email, "Meeting.Error.OutsiderEmailRequired");
            participants.Add(new MeetingParticipant { Kind = ParticipantKind.Professional, Name = name ?? "", Email = email, Role = role, Required = row.Required });
        }

        return participants;
    }
}

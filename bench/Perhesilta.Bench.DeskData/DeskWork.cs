using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Bench.DeskData;

/// <summary>What a guide has done with a contact: the action timeline, the situation mapping, a statutory route and the closing.</summary>
internal sealed class DeskWork(Random random, DeskOptions desk, DateTime now)
{
    private static readonly ActionKind[] Reaching = [ActionKind.PhoneGuidance, ActionKind.PhoneGuidance, ActionKind.PhoneGuidance, ActionKind.ReceptionVisit, ActionKind.ReceptionVisit, ActionKind.HomeVisit, ActionKind.LetsTalkDiscussion, ActionKind.InformationGiven];
    private static readonly ActionKind[] FollowUps = [ActionKind.PhoneGuidance, ActionKind.ReceptionVisit, ActionKind.ReceptionVisit, ActionKind.Consultation, ActionKind.NetworkMeetingRequested, ActionKind.ReferralMade, ActionKind.InformationGiven, ActionKind.LetsTalkDiscussion];

    public void Record(Generated generated, string guide, string unit, string[] topicCodes)
    {
        var contact = generated.Contact;
        var outcome = contact.Status == ContactStatus.Closed
            ? ContactGenerator.Pick(random.NextDouble(), (0.40, ContactOutcome.AdviceGiven), (0.28, ContactOutcome.GuidedToService), (0.08, ContactOutcome.Referred),
                (0.06, ContactOutcome.NetworkMeetingArranged), (0.06, ContactOutcome.NotificationMade), (0.12, ContactOutcome.NotReached))
            : (ContactOutcome?)null;

        // The kinds of work in order; gaps between them in hours. Open contacts have only begun.
        var kinds = new List<ActionKind>();
        if (outcome == ContactOutcome.NotReached)
        {
            kinds.AddRange(Enumerable.Repeat(ActionKind.ContactAttempt, desk.ReachAttemptsBeforeNotReached));
        }
        else
        {
            if (random.NextDouble() < 0.3)
            {
                kinds.Add(ActionKind.ContactAttempt);
            }

            if (contact.Status != ContactStatus.InProgress)
            {
                kinds.Add(Reaching[random.Next(Reaching.Length)]);
                var more = contact.Status == ContactStatus.Closed ? random.Next(3) : random.Next(2);
                kinds.AddRange(Enumerable.Range(0, more).Select(_ => FollowUps[random.Next(FollowUps.Length)]));
            }
        }

        var gaps = kinds.Select((_, i) => i == 0 ? 1 + (random.NextDouble() * 40) : 2 + (random.NextDouble() * 160)).ToList();
        var closingGap = outcome is null ? 0 : 1 + (random.NextDouble() * 48);
        var available = (now - contact.InitiatedAt).TotalHours - 0.2;
        var scale = Math.Clamp(available / Math.Max(1e-6, gaps.Sum() + closingGap), 0, 1);
        var at = contact.InitiatedAt;
        var visits = 0;
        foreach (var (kind, gap) in kinds.Zip(gaps))
        {
            at = at.AddHours(gap * scale);
            var action = new ContactAction
            {
                Id = Guid.CreateVersion7(new DateTimeOffset(at)),
                ContactId = contact.Id,
                Kind = kind,
                PerformedAt = at,
                DurationMinutes = kind == ActionKind.ContactAttempt ? 2 : 10 + random.Next(80),
                Note = Fictional.Notes[random.Next(Fictional.Notes.Length)],
                PerformedByUserId = guide,
                RecordedAt = at.AddMinutes(random.Next(1, 10)),
                VisitNumber = kind == ActionKind.ReceptionVisit && visits < desk.ReceptionVisitsInModel ? ++visits : null,
                ReachedFamily = ContactAction.Reaches(kind),
            };
            generated.Actions.Add(action);
            contact.FirstReachedAt ??= action.ReachedFamily ? action.PerformedAt : null;
        }

        contact.UpdatedAt = Max(contact.UpdatedAt, at);
        if (contact.Status != ContactStatus.Closed && random.NextDouble() < 0.2)
        {
            contact.WaitingFor = Fictional.Waiting[random.Next(Fictional.Waiting.Length)];
            contact.WaitingSince = at.AddMinutes(random.Next(1, 30) * scale);
        }

        if (random.NextDouble() < Plan.WithSituationMapping)
        {
            generated.Mapping = Mapping(contact, guide, at, topicCodes);
        }

        if (outcome is { } closedWith)
        {
            Close(generated, closedWith, guide, unit, at.AddHours(closingGap * scale));
        }
    }

    private void Close(Generated generated, ContactOutcome outcome, string guide, string unit, DateTime closedAt)
    {
        var contact = generated.Contact;
        contact.Outcome = outcome;
        contact.ClosedAt = closedAt;
        contact.ClosedByUserId = guide;
        contact.UpdatedAt = closedAt;
        contact.UpdatedByUserId = guide;
        contact.HelpedWithOneContact = outcome == ContactOutcome.NotReached ? null : random.NextDouble() < 0.55;
        contact.OutcomeService = outcome == ContactOutcome.GuidedToService ? Fictional.Services[random.Next(Fictional.Services.Length)] : null;
        contact.ClosingNote = random.NextDouble() < 0.3 ? "Perhe sai tarvitsemansa tiedon. (Testi.)" : null;
        if (outcome == ContactOutcome.NotificationMade)
        {
            var kind = ContactGenerator.Pick(random.NextDouble(), (0.6, StatutoryRouteKind.ConsentedAssessmentRequest), (0.25, StatutoryRouteKind.SocialWelfareNeedNotification),
                (0.15, StatutoryRouteKind.ChildWelfareNotification));
            var consented = kind == StatutoryRouteKind.ConsentedAssessmentRequest;
            generated.Route = new StatutoryRoute
            {
                Id = Guid.CreateVersion7(new DateTimeOffset(closedAt)),
                ContactId = contact.Id,
                Kind = kind,
                MadeAt = closedAt.AddMinutes(-30),
                MadeByUserId = guide,
                ToUnit = unit,
                Basis = "Huoli lapsen hyvinvoinnista perheen kertoman perusteella. (Kuvitteellinen testiaineisto.)",
                ConsentGivenBy = consented ? "huoltaja" : null,
                ConsentMethod = consented ? ConsentMethod.Verbal : null,
                RecordedAt = closedAt.AddMinutes(-25),
            };
        }
    }

    private SituationMapping Mapping(Contact contact, string guide, DateTime at, string[] topicCodes)
    {
        var mapping = new SituationMapping
        {
            ContactId = contact.Id,
            CorrectedDescription = random.NextDouble() < 0.2 ? "Tarkennettu puhelimessa: huoli koskee erityisesti aamuja. (Testi.)" : null,
            TriedAlready = "Keskusteltu koulun kanssa. (Testi.)",
            ServicesInUse = random.NextDouble() < 0.5 ? "Neuvola. (Testi.)" : null,
            Strengths = "Vanhemmat ovat sitoutuneita ja hakeneet apua ajoissa. (Testi.)",
            Concerns = "Vanhemman jaksaminen. (Testi.)",
            InterpreterNeeded = contact.InterpreterNeeded,
            InterpreterLanguage = contact.InterpreterLanguage,
            UpdatedByUserId = guide,
            UpdatedAt = at,
        };
        foreach (var code in topicCodes.OrderBy(_ => random.Next()).Take(1 + random.Next(3)))
        {
            mapping.Topics.Add(new SituationTopic { ContactId = contact.Id, TopicCode = code });
        }

        mapping.Members.Add(new SituationMember { ContactId = contact.Id, Role = FamilyRole.Adult, Age = 25 + random.Next(25), Description = "äiti" });
        if (random.NextDouble() < 0.6)
        {
            mapping.Members.Add(new SituationMember { ContactId = contact.Id, Role = FamilyRole.Adult, Age = 25 + random.Next(25), Description = "isä" });
        }

        foreach (var child in contact.Children.Where(c => c.Age is not null))
        {
            mapping.Members.Add(new SituationMember { ContactId = contact.Id, Role = FamilyRole.Child, Age = child.Age });
        }

        return mapping;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}

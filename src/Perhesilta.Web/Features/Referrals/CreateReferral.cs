using Perhesilta.Features.Deadlines;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;
using Perhesilta.Platform.AccessLog;
using Perhesilta.Platform.Data;

namespace Perhesilta.Features.Referrals;

/// <summary>
/// ohjaus palveluun: a guide refers the family of a contact to a service of the directory (or a named professional of
/// it), sharing only what they chose, with the family's consent or on a legal basis they name. The referral is an action
/// of the contact, and starts the clock of the service's reply.
/// </summary>
public sealed class CreateReferral(ContactChanges changes, PerhesiltaDbContext db, DeadlineClocks clocks, IAccessLog log)
{
    public async Task<(WorkFormResult Result, Guid? ReferralId)> HandleAsync(Guid contactId, ReferralInput input, string userId, CancellationToken cancellationToken = default)
    {
        var errors = new WorkFormErrors();
        var target = await ReferralTargets.FindAsync(db, contactId, input.ServiceId, cancellationToken);
        string? professional = null;
        if (!string.IsNullOrWhiteSpace(input.ProfessionalId))
        {
            professional = (await ReferralTargets.ProfessionalsOfAsync(db, input.ServiceId, cancellationToken)).FirstOrDefault(p => p.Id == input.ProfessionalId)?.Id;
            if (professional is null)
            {
                errors.Add("professional", "Referral.Error.ProfessionalNotInService");
            }
        }

        var shared = ConsentRules.Shared(input.Shared);
        if (shared == SharedInformation.None)
        {
            errors.Add("shared", "Referral.Error.SharedRequired");
        }

        var message = WorkFields.Text(errors, "message", input.Message, ReferralLimits.Message, "Referral.Error.MessageRequired", "Referral.Error.TooLong");
        LegalBasis? legalBasis = null;
        string? explanation = null;
        var consents = new List<ReferralConsent>();
        var rows = input.Consents.Select((consent, row) => (consent, row)).Where(r => !r.consent.IsEmpty).ToList();
        if (input.Basis == ReferralInput.ConsentBasis)
        {
            if (rows.Count == 0)
            {
                errors.Add("consent-0-given-by", "Referral.Error.ConsentRequired");
            }
        }
        else if (Enum.TryParse<LegalBasis>(input.Basis, out var basis) && Enum.IsDefined(basis) && !int.TryParse(input.Basis, out _))
        {
            legalBasis = basis;
            explanation = WorkFields.Text(errors, "explanation", input.LegalBasisExplanation, ReferralLimits.Reason, "Referral.Error.ExplanationRequired", "Referral.Error.TooLong");
            if (rows.Count > 0)
            {
                errors.Add("consent-0-given-by", "Referral.Error.ConsentWithLegalBasis");
            }
        }
        else
        {
            errors.Add("basis", "Referral.Error.BasisRequired");
        }

        if (target is { Outside: true } && !input.ConfirmOutsideArea)
        {
            errors.Add("confirm-outside", "Referral.Error.OutsideNotConfirmed");
        }

        Guid? created = null;
        var change = await changes.ApplyAsync(contactId, input.Version, userId, (contact, now) =>
        {
            if (contact.Status == ContactStatus.Closed)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.Closed);
            }

            if (target is null)
            {
                return ContactChangeResult.Refuse("Referral.Error.ServiceUnavailable");
            }

            if (contact.Kind == ContactKind.AnonymousAdvice)
            {
                return ContactChangeResult.Refuse("Referral.Error.AdviceHasNobodyToRefer");
            }

            if (legalBasis is null)
            {
                consents.AddRange(rows.Select(r => ConsentRules.Read(errors, r.consent, r.row, userId, now)).OfType<ReferralConsent>());
            }

            if (errors.Any)
            {
                return ContactChangeResult.Refuse(WorkFormKeys.FieldErrors);
            }

            var referral = new Referral
            {
                ContactId = contact.Id,
                ServiceId = target.Id,
                ToProfessionalUserId = professional,
                AreaId = contact.AreaId,
                Shared = shared,
                Message = message!,
                LegalBasis = legalBasis,
                LegalBasisExplanation = explanation,
                OutsideServiceAreaConfirmed = target.Outside,
                SentAt = now,
                SentByUserId = userId,
                UpdatedAt = now,
            };
            Send(db, clocks, referral, contact.FamilyId, target.Name, userId, now);
            foreach (var consent in consents)
            {
                consent.ReferralId = referral.Id;
                referral.Consents.Add(consent);
            }

            var action = RecordAction.NewAction(contact, ActionKind.ReferralMade, now, null, null, userId, now, null);
            action.ServiceId = target.Id;
            db.Add(action);
            log.Add(db, AccessAction.Create, "Referral", referral.Id.ToString());

            // Sending the referral hands the family's data to a service outside the guidance team (luovutus).
            log.Add(db, AccessAction.Disclose, "Referral", referral.Id.ToString(), DisclosurePurpose(referral));
            created = referral.Id;
            return null;
        }, cancellationToken);

        return (new WorkFormResult(change, errors), created);
    }

    /// <summary>Why a referral's data is disclosed: with the family's consent as client work, without it on a legal basis (lakisääteinen luovutus).</summary>
    internal static string DisclosurePurpose(Referral referral) =>
        referral.LegalBasis is null ? AccessPurposes.ClientWork : AccessPurposes.StatutoryDisclosure;

    /// <summary>
    /// Adds a referral as sent, with its first event and the clock of the service's reply (owned by the named
    /// professional, else by the service). The caller saves.
    /// </summary>
    internal static void Send(PerhesiltaDbContext db, DeadlineClocks clocks, Referral referral, Guid? familyId, string serviceName, string? userId, DateTime now)
    {
        referral.Events.Add(new ReferralEvent { ReferralId = referral.Id, Status = ReferralStatus.Sent, ByUserId = userId, At = now });
        db.Add(referral);
        clocks.Start(db, new ClockStart(
            ClockRule.ReplyToReferral,
            referral.ContactId,
            familyId,
            referral.AreaId,
            now,
            referral.ToProfessionalUserId,
            userId,
            ResponsibleUnit: serviceName.Length > DeadlineLimits.Unit ? serviceName[..DeadlineLimits.Unit] : serviceName,
            ReferralId: referral.Id));
    }
}

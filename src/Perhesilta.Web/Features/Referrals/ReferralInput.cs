using System.Globalization;
using Perhesilta.Features.Desk;
using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Features.Referrals;

/// <summary>The referral form as typed: everything a string, so that what the guide typed is shown back as it was.</summary>
public sealed class ReferralInput
{
    /// <summary>How many consents the form offers at once: e.g. both guardians, or a guardian and the young person.</summary>
    public const int ConsentRows = 2;

    /// <summary>The value of <see cref="Basis"/> for sharing with the family's consent; otherwise a <see cref="LegalBasis"/>.</summary>
    public const string ConsentBasis = "Consent";

    public Guid ServiceId { get; set; }

    /// <summary>A professional of the service the referral is addressed to; empty for the service's inbox.</summary>
    public string? ProfessionalId { get; set; }

    /// <summary>The names of the <see cref="SharedInformation"/> flags chosen.</summary>
    public List<string> Shared { get; set; } = [];

    public string? Message { get; set; }

    public string? Basis { get; set; }

    public string? LegalBasisExplanation { get; set; }

    public List<ConsentInput> Consents { get; set; } = [];

    /// <summary>The guide confirms a service that does not serve the family's municipality or children's ages.</summary>
    public bool ConfirmOutsideArea { get; set; }

    public Guid Version { get; set; }

    /// <summary>The consent rows of the form: those sent, and empty ones up to <see cref="ConsentRows"/>.</summary>
    public ConsentInput ConsentAt(int index) => index < Consents.Count ? Consents[index] : new ConsentInput();
}

/// <summary>One person's consent as typed.</summary>
public sealed class ConsentInput
{
    public string? GivenBy { get; set; }

    public string? Purpose { get; set; }

    public string? GivenTo { get; set; }

    public string? Method { get; set; }

    /// <summary>The day in Finnish time, yyyy-MM-dd.</summary>
    public string? Date { get; set; }

    /// <summary>The time in Finnish time, HH:mm.</summary>
    public string? Time { get; set; }

    public bool IsEmpty => new[] { GivenBy, Purpose, GivenTo, Method, Date, Time }.All(string.IsNullOrWhiteSpace);
}

/// <summary>Reads the referral form into a consent to be saved, with its errors on the fields of its row.</summary>
internal static class ConsentRules
{
    public static ReferralConsent? Read(WorkFormErrors errors, ConsentInput input, int row, string userId, DateTime now)
    {
        var prefix = $"consent-{row}";
        var givenBy = WorkFields.Text(errors, prefix + "-given-by", input.GivenBy, ReferralLimits.ShortText, "Consent.Error.GivenByRequired", "Referral.Error.TooLong");
        var purpose = WorkFields.Text(errors, prefix + "-purpose", input.Purpose, ReferralLimits.Reason, "Consent.Error.PurposeRequired", "Referral.Error.TooLong");
        var givenTo = WorkFields.Text(errors, prefix + "-given-to", input.GivenTo, ReferralLimits.ShortText, "Consent.Error.GivenToRequired", "Referral.Error.TooLong");
        var method = WorkFields.Choice<ConsentMethod>(errors, prefix + "-method", input.Method, "Consent.Error.MethodRequired");
        var givenAt = WorkFields.HelsinkiMoment(errors, input.Date, input.Time, prefix);
        if (givenAt > now)
        {
            errors.Add(prefix + "-date", "Consent.Error.InFuture");
        }

        return givenBy is null || purpose is null || givenTo is null || method is null || givenAt is null ? null : new ReferralConsent
        {
            GivenBy = givenBy,
            Purpose = purpose,
            GivenTo = givenTo,
            Method = method.Value,
            GivenAt = givenAt.Value,
            RecordedByUserId = userId,
            RecordedAt = now,
        };
    }

    /// <summary>The chosen pieces of information; unknown names are ignored, as no form offers them.</summary>
    public static SharedInformation Shared(IEnumerable<string> names) =>
        names.Aggregate(SharedInformation.None, (all, name) =>
            Enum.TryParse<SharedInformation>(name, out var flag) && Enum.IsDefined(flag) && !int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? all | flag : all);

    /// <summary>The pieces a form offers, in the order it offers them.</summary>
    public static IReadOnlyList<SharedInformation> Offered { get; } = [.. Enum.GetValues<SharedInformation>().Where(f => f != SharedInformation.None)];
}

using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Perhesilta.Features.Meetings.Planning;

namespace Perhesilta.Features.Meetings.Invitations;

public enum AnswerLinkState
{
    Valid,

    /// <summary>Not made by us, changed, or so old that its signature has expired too.</summary>
    Invalid,

    Expired,
}

/// <summary>What an answer link says: whose answer it carries, which invitation it came with, and its language.</summary>
public sealed record AnswerLink(AnswerLinkState State, string Language, Guid ParticipantId = default, Guid TokenId = default);

/// <summary>
/// The accept/decline links of invitations: the participant and the id of their current link, signed and time-limited
/// with Data Protection, so that no sign-in is needed and a link cannot be guessed or altered. The language before the
/// dot is not signed: it only chooses the language of the page, even for a link that is no longer valid.
/// </summary>
public sealed class AnswerLinks(IDataProtectionProvider protection, IOptions<MeetingOptions> options, TimeProvider clock)
{
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Perhesilta.Meetings.AnswerLink.v1").ToTimeLimitedDataProtector();

    public string Token(MeetingParticipant participant, string language)
    {
        var validFor = TimeSpan.FromDays(options.Value.AnswerLinkValidDays);
        var validUntil = clock.GetUtcNow() + validFor;
        var payload = string.Create(CultureInfo.InvariantCulture, $"{participant.Id:N}.{participant.AnswerTokenId:N}.{validUntil.UtcTicks}");

        // The signature outlives the link by as long again, so that a link that has just expired is told as expired, not as unknown.
        return language + "." + _protector.Protect(payload, validUntil + validFor);
    }

    public AnswerLink Read(string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        var language = dot > 0 && MeetingFields.Languages.Contains(token![..dot]) ? token[..dot] : "fi";
        if (dot <= 0 || token!.Length > 2000)
        {
            return new AnswerLink(AnswerLinkState.Invalid, language);
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token[(dot + 1)..], out _);
        }
        catch (CryptographicException)
        {
            return new AnswerLink(AnswerLinkState.Invalid, language);
        }
        catch (FormatException)
        {
            return new AnswerLink(AnswerLinkState.Invalid, language);
        }

        var parts = payload.Split('.');
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var participantId) || !Guid.TryParseExact(parts[1], "N", out var tokenId)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return new AnswerLink(AnswerLinkState.Invalid, language);
        }

        var state = clock.GetUtcNow().UtcTicks > ticks ? AnswerLinkState.Expired : AnswerLinkState.Valid;
        return new AnswerLink(state, language, participantId, tokenId);
    }
}

using Microsoft.AspNetCore.Identity;
using Zxcvbn.Matcher;

namespace Perhesilta.Platform.Auth;

/// <summary>
/// Refuses passwords that are easy to guess, with zxcvbn (Dropbox's estimator): common passwords, words, names,
/// dates, keyboard patterns and the person's own name and address, however they are spelt (ASVS 2.1.7). Identity's
/// length and character rules still apply; this one looks at what a guesser would try first.
/// </summary>
internal sealed class StrongPasswordValidator : IPasswordValidator<StaffUser>
{
    /// <summary>The password is, or is mostly, one of the commonly used passwords.</summary>
    public const string CommonCode = "PasswordCommon";

    /// <summary>The password is made of things a guesser tries early.</summary>
    public const string WeakCode = "PasswordWeak";

    /// <summary>zxcvbn's score 3: "safely unguessable", about 10^10 guesses.</summary>
    public const int MinimumScore = 3;

    /// <summary>Words of this system that a guesser of a Perhesilta password would try.</summary>
    private static readonly string[] SiteWords = ["perhesilta", "palveluohjaus", "palveluohjaaja", "hyvinvointialue", "pohde", "oulu", "salasana"];

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            // Identity's own validator names a missing or short password.
            return Task.FromResult(IdentityResult.Success);
        }

        var result = Zxcvbn.Zxcvbn.MatchPassword(password, PersonalWords(user).Concat(SiteWords));
        if (result.Score >= MinimumScore)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var common = result.MatchSequence.OfType<DictionaryMatch>().Where(m => m.DictionaryName == "passwords").Sum(m => m.Token.Length) * 2 >= password.Length;
        var code = common ? CommonCode : WeakCode;
        return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = code }));
    }

    /// <summary>The person's e-mail address and name, whole and in parts, which their password must not lean on.</summary>
    private static IEnumerable<string> PersonalWords(StaffUser user) =>
        new[] { user.Email, user.UserName, user.DisplayName }
            .Where(w => !string.IsNullOrWhiteSpace(w))
            .SelectMany(w => w!.Split([' ', '.', '@', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Append(w!))
            .Where(w => w.Length >= 3)
            .Select(w => w.ToLowerInvariant())
            .Distinct();
}

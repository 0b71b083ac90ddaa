namespace Perhesilta.Features.Account;

/// <summary>Strings of signing in and account security. Resources: AccountText.*.resx.</summary>
public sealed class AccountText;

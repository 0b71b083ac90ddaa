namespace Perhesilta.Features.Referrals;

/// <summary>The county's rule for an unanswered referral, from the <c>Referrals</c> section.</summary>
public sealed class ReferralOptions
{
    public const string Section = "Referrals";

    /// <summary>A referral not accepted within this many working days of its sending returns to the guides' queue.</summary>
    public int AcceptWithinWorkingDays { get; set; } = 5;
}

public static class ReferralsFeature
{
    /// <summary>Closed-loop referrals: the guide's referral from a contact, the professional's inbox, the return round.</summary>
    public static IServiceCollection AddReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReferralOptions>(configuration.GetSection(ReferralOptions.Section));
        services.AddScoped<ReferralFormText>();
        services.AddScoped<CreateReferral>();
        services.AddScoped<ShowContactReferrals>();
        services.AddScoped<ReferralChanges>();
        services.AddScoped<ChangeReferralStatus>();
        services.AddScoped<WithdrawConsent>();
        services.AddScoped<RevokeReferral>();
        services.AddScoped<MarkReturnDealtWith>();
        services.AddScoped<ForwardReferral>();
        services.AddScoped<FindInboxReferrals>();
        services.AddScoped<ShowSharedReferral>();
        services.AddScoped<ReturnReferrals>();
        services.AddScoped<ReferralMail>();
        services.AddScoped<LinkProfessionalService>();
        services.AddHostedService<ReferralRound>();
        return services;
    }
}

namespace Perhesilta.Platform.Mail;

public static class MailServices
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddSingleton<MailOutbox>();
        return services;
    }
}

namespace Perhesilta.Features.Families;

/// <summary>
/// Family records at the desk: a guide links a contact to a family (suggested, never automatic) and sees its earlier
/// contacts. Like opening a contact, this is for service guides only: a manager supervises the queue, which shows no
/// family; a manager who needs a family's record looks at it through a guide's work, so no purpose-logged manager
/// access is offered here.
/// </summary>
public static class FamiliesFeature
{
    public static IServiceCollection AddFamilies(this IServiceCollection services)
    {
        services.AddScoped<FindFamilySuggestions>();
        services.AddScoped<ShowContactFamilyChoices>();
        services.AddScoped<LinkContactToFamily>();
        services.AddScoped<CreateFamilyFromContact>();
        services.AddScoped<ShowFamily>();
        services.AddScoped<EditFamilyMembers>();
        services.AddScoped<ContactFamilyQuery>();
        return services;
    }
}

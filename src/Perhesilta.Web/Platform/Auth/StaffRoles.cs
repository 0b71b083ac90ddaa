namespace Perhesilta.Platform.Auth;

/// <summary>The roles of staff. Names are stored in the database; never rename one.</summary>
public static class StaffRoles
{
    /// <summary>palveluohjaaja</summary>
    public const string ServiceGuide = "ServiceGuide";

    /// <summary>A collaborating professional of a service: receives referrals and meeting invitations.</summary>
    public const string Professional = "Professional";

    /// <summary>esihenkilö: sees reports for their areas.</summary>
    public const string Manager = "Manager";

    public const string Administrator = "Administrator";

    /// <summary>Palveluhakemiston ylläpitäjä: keeps the service directory's organisations, services and locations current.</summary>
    public const string DirectoryEditor = "DirectoryEditor";

    public static readonly IReadOnlyList<string> All = [ServiceGuide, Professional, Manager, Administrator, DirectoryEditor];
}

using Perhesilta.Features.Desk;
using Perhesilta.Features.Families;
using Perhesilta.Features.HelpRequests;

namespace Perhesilta.Bench.DeskData;

/// <summary>One generated contact with the desk's records around it; <see cref="NewFamily"/> when it opened a family record.</summary>
internal sealed class Generated(Contact contact)
{
    public Contact Contact { get; } = contact;

    public List<ContactAction> Actions { get; } = [];

    public SituationMapping? Mapping { get; set; }

    public StatutoryRoute? Route { get; set; }

    public Family? NewFamily { get; set; }
}

/// <summary>What the generator is asked to make.</summary>
internal sealed record Plan(int Open, int Closed, int Years, int Seed, DateTime Now)
{
    /// <summary>Open contacts arrived within these last days; closed ones over the years before now.</summary>
    public const int OpenWithinDays = 21;

    /// <summary>A share of contacts is linked to a family record; some of those are a family's repeat contact.</summary>
    public const double LinkedToFamily = 0.22;

    public const double RepeatOfKnownFamily = 0.35;

    public const double WithSituationMapping = 0.45;
}

/// <summary>The service guides of one area and the ids of those guides.</summary>
internal sealed record AreaGuides(int AreaId, string[] GuideIds, string RoutedToUnit);

namespace Perhesilta.Bench.DeskData;

/// <summary>
/// The made-up material the generated records are built from. Everything is fictional: "Testi" names, 040 000 numbers
/// (a range not given to subscribers), @perhesilta.example addresses and identity codes with individual numbers
/// 900–999, which are never issued to real people.
/// </summary>
internal static class Fictional
{
    /// <summary>The municipalities of the county with roughly their share of families, so the areas are loaded as in life.</summary>
    public static readonly (string Code, int Weight)[] Municipalities =
    [
        ("564", 2150), ("244", 190), ("425", 105), ("859", 70), ("139", 100), ("494", 90), ("436", 20), ("072", 10),
        ("785", 30), ("889", 25), ("615", 75), ("305", 145), ("832", 38), ("748", 50), ("678", 235), ("625", 30),
        ("071", 60), ("630", 16), ("791", 50), ("317", 23), ("535", 100), ("691", 26), ("069", 70), ("626", 50),
        ("977", 160), ("208", 125), ("483", 10), ("563", 72), ("746", 50), ("009", 26),
    ];

    public static readonly string[] LastNames =
    [
        "Testinen", "Esimerkki", "Kokeilu", "Malli", "Harjoitus", "Demola", "Kuvitelma", "Näyte", "Luonnos", "Koekäyttö",
        "Testilä", "Mallinen", "Esikuva", "Harjoittelu", "Tekaistu",
    ];

    public static readonly string[] AdultFirstNames = ["Testi", "Tessa", "Teemu", "Tiina", "Tapio", "Taru", "Toni", "Terhi", "Timo", "Tuula"];

    public static readonly string[] ChildFirstNames = ["Testi-Ella", "Testi-Onni", "Testi-Aino", "Testi-Eino", "Testi-Helmi", "Testi-Leo", "Testi-Sofia", "Testi-Väinö"];

    public static readonly string[] Descriptions =
    [
        "Lapsi ei ole halunnut mennä kouluun pariin viikkoon, aamuisin on vatsakipuja. Mistä saisimme apua? (Kuvitteellinen testiaineisto.)",
        "Vauva herää tunnin välein ja isompi lapsi uhmaa. Olen todella väsynyt ja yksin arjen kanssa. (Kuvitteellinen testiaineisto.)",
        "Nuorta ahdistaa koulussa, eikä hän ole kertonut kenellekään. Voiko jonnekin mennä juttelemaan? (Kuvitteellinen testiaineisto.)",
        "Olemme eroamassa ja haluaisimme sopia lasten asumisesta ilman riitoja. (Kuvitteellinen testiaineisto.)",
        "Esikoululaisella on vaikeuksia keskittyä ja raivokohtauksia ryhmässä. Vanhemmat ovat huolissaan. (Kuvitteellinen testiaineisto.)",
        "Muutimme Suomeen viime vuonna. Teini on alkanut viipyä myöhään ulkona, emmekä tunne palveluja. (Kuvitteellinen testiaineisto.)",
        "Kaksivuotias puhuu vain muutaman sanan. Neuvolassa sanottiin, että odotellaan, mutta meitä mietityttää. (Kuvitteellinen testiaineisto.)",
        "Vuokra-asunto irtisanottiin ja perheessä on kolme lasta. Tarvitsemme neuvoa asumiseen nopeasti. (Kuvitteellinen testiaineisto.)",
        "Lapsi pelaa öisin eikä jaksa kouluun, riitelemme asiasta joka päivä. (Kuvitteellinen testiaineisto.)",
        "Isovanhempana olen huolissani tyttäreni jaksamisesta, lapsenlapsi on paljon minun hoidossani. (Kuvitteellinen testiaineisto.)",
    ];

    public static readonly string[] Notes =
    [
        "Keskusteltu puhelimessa, annettu ohjeita arjen rytmiin. (Testi.)",
        "Perhe ei vastannut, jätetty soittopyyntö. (Testi.)",
        "Vastaanotolla käyty läpi tilanne, sovittu seuraava käynti. (Testi.)",
        "Konsultoitu koulukuraattoria perheen luvalla. (Testi.)",
        "Annettu tietoa perheneuvolan palveluista. (Testi.)",
        "Lapset puheeksi -keskustelu käyty molempien vanhempien kanssa. (Testi.)",
    ];

    public static readonly string[] Services = ["Perheneuvola", "Kasvatus- ja perheneuvonta", "Lapsiperheiden kotipalvelu", "Nuorten talo", "Puheterapia", "Perhetyö"];

    public static readonly string[] Waiting = ["perheen soittoa", "kouluterveydenhoitajan vastausta", "perheneuvolan aikaa", "isän yhteydenottoa"];

    public static readonly string[] OtherLanguages = ["ar", "so", "ru", "fa", "uk"];

    /// <summary>A valid Finnish personal identity code with an individual number 900–999 (reserved, never a real person's).</summary>
    public static string IdentityCode(DateOnly birthDate, int individual)
    {
        const string checkCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        var number = 900 + (individual % 100);
        var sign = birthDate.Year >= 2000 ? 'A' : '-';
        var digits = $"{birthDate:ddMMyy}{number:D3}";
        return $"{birthDate:ddMMyy}{sign}{number:D3}{checkCharacters[(int)(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 31)]}";
    }

    public static string PhoneNumber(int n) => $"040 000 {n % 10000:D4}";
}

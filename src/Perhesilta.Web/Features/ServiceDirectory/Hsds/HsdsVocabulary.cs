using System.Security.Cryptography;
using System.Text;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>
/// The taxonomies through which the directory says in HSDS 3.0 what HSDS has no field for. Each is linked to a record
/// by an attribute whose taxonomy_term names the taxonomy in <c>taxonomy</c> and the value in <c>code</c>:
/// <list type="bullet">
/// <item><c>perhesilta-service-types</c>: a service's service types, the taxonomy's codes as they are;</item>
/// <item><c>perhesilta-translations</c>: a text field in another language, code "field:language" (e.g. "name:sv"), the text in <c>value</c>;</item>
/// <item><c>perhesilta-access</c>: how a family gets to a service, "self" or "referral";</item>
/// <item><c>perhesilta-organization-kinds</c>: county, municipality, ngo, parish or state;</item>
/// <item><c>perhesilta-municipalities</c>: the municipality an organisation belongs to, by its Statistics Finland code.</item>
/// </list>
/// </summary>
public static class HsdsVocabulary
{
    public const string ServiceTypes = "perhesilta-service-types";
    public const string Translations = "perhesilta-translations";
    public const string Access = "perhesilta-access";
    public const string OrganizationKinds = "perhesilta-organization-kinds";
    public const string Municipalities = "perhesilta-municipalities";

    /// <summary>Where the language of the main text fields is declared to be Finnish; other languages are translations.</summary>
    public const string MainLanguage = "fi";

    public static readonly string[] OtherLanguages = ["sv", "en"];

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [ServiceTypes] = "Service types of the Perhesilta service directory (codes of its topic and service-type vocabulary).",
        [Translations] = "A text field of the record in another language; the term's code is field:language, the attribute's value the text.",
        [Access] = "How a family gets to the service: self (contacts it directly) or referral (needs a referral or a decision).",
        [OrganizationKinds] = "Who runs the organisation: county, municipality, ngo, parish or state.",
        [Municipalities] = "Finnish municipalities by their Statistics Finland code.",
    };

    /// <summary>The namespace of the ids the directory derives for HSDS objects it has no id of its own for.</summary>
    private static readonly Guid Namespace = new("6f1f3c52-8f43-4b7e-9c1e-5b0a3a0f4d21");

    /// <summary>A name-based UUID (RFC 9562 version 5): the same record and name give the same id in every export.</summary>
    public static Guid Derive(Guid parent, string name)
    {
        var bytes = parent.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(name)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what version 5 UUIDs are defined with; nothing here is a secret.
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        var id = hash[..16];
        id[6] = (byte)((id[6] & 0x0F) | 0x50);
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        return new Guid(id, bigEndian: true);
    }

    public static Guid TaxonomyId(string taxonomy) => Derive(Namespace, taxonomy);

    public static string Id(Guid id) => id.ToString("D");

    public static HsdsAttributeLink Attribute(Guid recordId, string linkEntity, string taxonomy, string code, string termName, string? value = null, string? language = null)
    {
        var taxonomyId = TaxonomyId(taxonomy);
        var termId = Derive(taxonomyId, code);
        return new HsdsAttributeLink
        {
            Id = Id(Derive(recordId, $"attribute:{taxonomy}:{code}")),
            LinkId = Id(recordId),
            LinkEntity = linkEntity,
            LinkType = taxonomy,
            TaxonomyTermId = Id(termId),
            Value = value,
            TaxonomyTerm = new HsdsTaxonomyTerm
            {
                Id = Id(termId),
                Code = code,
                Name = termName,
                Description = termName,
                Taxonomy = taxonomy,
                TaxonomyId = Id(taxonomyId),
                Language = language,
                TaxonomyDetail = new HsdsTaxonomy { Id = Id(taxonomyId), Name = taxonomy, Description = Descriptions[taxonomy] },
            },
        };
    }

    /// <summary>The taxonomy a term belongs to, whether the data names it in taxonomy or in taxonomy_detail.</summary>
    public static string? TaxonomyOf(HsdsAttributeLink attribute) =>
        attribute.TaxonomyTerm?.Taxonomy ?? attribute.TaxonomyTerm?.TaxonomyDetail?.Name ?? attribute.LinkType;

    public static string TranslationCode(string field, string language) => field + ":" + language;
}

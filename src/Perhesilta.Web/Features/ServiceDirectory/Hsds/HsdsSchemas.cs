using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.References;
using NJsonSchema.Validation;

namespace Perhesilta.Features.ServiceDirectory.Hsds;

/// <summary>The HSDS records the directory exchanges, each checked against its own 3.0 schema.</summary>
public enum HsdsRecordKind
{
    Organization,

    Service,

    Location,

    ServiceAtLocation,
}

/// <summary>A place where a record breaks its schema: the field's path in the record ("schedules[0].opens_at") and what is wrong.</summary>
public sealed record HsdsSchemaError(string Field, ValidationErrorKind Kind);

/// <summary>
/// The official HSDS 3.0 JSON schemas (schema/, embedded in the application, CC BY-SA 4.0), loaded once. Their
/// relative <c>$ref</c>s ("phone.json") are resolved from the same embedded files, never from the network.
/// </summary>
public sealed class HsdsSchemas
{
    private const string ResourcePrefix = "Perhesilta.Hsds.";
    private const string DocumentRoot = "/hsds/schema/";

    private readonly Lazy<Task<Dictionary<HsdsRecordKind, JsonSchema>>> _schemas = new(LoadAllAsync);

    public async Task<JsonSchema> SchemaOfAsync(HsdsRecordKind kind) => (await _schemas.Value)[kind];

    public async Task<IReadOnlyList<HsdsSchemaError>> ValidateAsync(HsdsRecordKind kind, JToken record)
    {
        var schema = await SchemaOfAsync(kind);

        // The validator names a field by its path in the whole file ("services[3].name"): the report names it within its record.
        var prefix = record.Path.Length == 0 ? "" : record.Path + ".";
        return [.. Flatten(schema.Validate(record)).Select(e => new HsdsSchemaError(FieldOf(e, prefix), e.Kind)).Distinct()];
    }

    public static string FileOf(HsdsRecordKind kind) => kind switch
    {
        HsdsRecordKind.Organization => "organization.json",
        HsdsRecordKind.Service => "service.json",
        HsdsRecordKind.Location => "location.json",
        HsdsRecordKind.ServiceAtLocation => "service_at_location.json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static async Task<Dictionary<HsdsRecordKind, JsonSchema>> LoadAllAsync()
    {
        var schemas = new Dictionary<HsdsRecordKind, JsonSchema>();
        foreach (var kind in Enum.GetValues<HsdsRecordKind>())
        {
            schemas[kind] = await LoadAsync(FileOf(kind), CancellationToken.None);
        }

        return schemas;
    }

    private static Task<JsonSchema> LoadAsync(string file, CancellationToken cancellationToken) =>
        JsonSchema.FromJsonAsync(Read(file), DocumentRoot + file, schema => new EmbeddedResolver(schema), cancellationToken);

    private static string Read(string file)
    {
        using var stream = typeof(HsdsSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The HSDS schema {file} is not embedded in the application.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    /// <summary>"#/schedules[0].opens_at" → "schedules[0].opens_at"; a missing property is named by itself.</summary>
    private static string FieldOf(ValidationError error, string prefix)
    {
        var path = (error.Path ?? "").TrimStart('#').TrimStart('/');
        if (prefix.Length > 0 && path.StartsWith(prefix, StringComparison.Ordinal))
        {
            path = path[prefix.Length..];
        }
        else if (path + "." == prefix)
        {
            path = "";
        }

        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { Length: > 0 } property
            && !path.EndsWith(property, StringComparison.Ordinal))
        {
            path = path.Length == 0 ? property : path + "." + property;
        }

        return path.Length == 0 ? "$" : path;
    }

    /// <summary>Reads a referenced schema file from the embedded copies instead of the file system.</summary>
    private sealed class EmbeddedResolver(JsonSchema root) : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
    {
        public override async Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
            await JsonSchema.FromJsonAsync(Read(Path.GetFileName(filePath)), DocumentRoot + Path.GetFileName(filePath), schema => new EmbeddedResolver(schema), cancellationToken);
    }
}

namespace Perhesilta.Features.ServiceDirectory.Hsds;

public enum HsdsImportStage
{
    Waiting,

    Validating,

    Saving,

    Done,
}

/// <summary>How far an import is; read by the status page while the import runs on another thread.</summary>
public sealed class HsdsImportProgress
{
    private int _total;
    private int _validated;
    private int _saved;
    private int _stage;

    public int Total => Volatile.Read(ref _total);

    public int Validated => Volatile.Read(ref _validated);

    public int Saved => Volatile.Read(ref _saved);

    public HsdsImportStage Stage => (HsdsImportStage)Volatile.Read(ref _stage);

    internal void Start(HsdsImportStage stage, int total)
    {
        Volatile.Write(ref _total, total);
        Volatile.Write(ref _stage, (int)stage);
    }

    internal void Validate() => Interlocked.Increment(ref _validated);

    internal void Save(int count) => Interlocked.Add(ref _saved, count);
}

/// <summary>What an import did: every error (and then nothing was saved), or how many records it created, changed and left as they were.</summary>
public sealed record HsdsImportResult(IReadOnlyList<HsdsIssue> Errors, int Created, int Changed, int Unchanged)
{
    public bool Succeeded => Errors.Count == 0;
}

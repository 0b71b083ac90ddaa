using System.Runtime.InteropServices;

namespace Perhesilta.Platform.Text;

/// <summary>The few functions of libvoikko's C API that search needs (Debian: libvoikko1 + voikko-fi).</summary>
internal static partial class VoikkoNative
{
    public const string Library = "libvoikko.so.1";

    [LibraryImport(Library, EntryPoint = "voikkoInit", StringMarshalling = StringMarshalling.Utf8)]
    public static partial VoikkoHandle Init(out IntPtr error, string languageCode, string? path);

    [LibraryImport(Library, EntryPoint = "voikkoTerminate")]
    public static partial void Terminate(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "voikkoAnalyzeWordCstr", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr AnalyzeWord(VoikkoHandle handle, string word);

    [LibraryImport(Library, EntryPoint = "voikko_mor_analysis_value_cstr", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr AnalysisValue(IntPtr analysis, string key);

    [LibraryImport(Library, EntryPoint = "voikko_free_mor_analysis_value_cstr")]
    public static partial void FreeAnalysisValue(IntPtr value);

    [LibraryImport(Library, EntryPoint = "voikko_free_mor_analysis")]
    public static partial void FreeAnalysis(IntPtr analyses);

    [LibraryImport(Library, EntryPoint = "voikkoSuggestCstr", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr Suggest(VoikkoHandle handle, string word);

    [LibraryImport(Library, EntryPoint = "voikkoFreeCstrArray")]
    public static partial void FreeStringArray(IntPtr array);
}

/// <summary>One Voikko instance; voikkoTerminate releases it.</summary>
internal sealed class VoikkoHandle : SafeHandle
{
    public VoikkoHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        VoikkoNative.Terminate(handle);
        return true;
    }
}

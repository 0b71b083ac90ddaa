using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Perhesilta.Platform.Text;

/// <summary>One morphological reading of a word: its base form and the lexical bases of its parts.</summary>
/// <param name="BaseForm">The dictionary form ("mielenterveyspalvelu").</param>
/// <param name="WordBases">Voikko's WORDBASES ("+mielen(mieli)+terve(terve)+ys(+ys)+palvel(palvella)+u(+u)").</param>
internal sealed record VoikkoAnalysis(string BaseForm, string? WordBases);

/// <summary>
/// Finnish morphology from libvoikko. A Voikko handle is not thread-safe, so a small pool of handles serves
/// concurrent requests: each call borrows one handle for its duration.
/// </summary>
internal sealed class Voikko : IDisposable
{
    private readonly ConcurrentBag<VoikkoHandle> idle = [];
    private readonly List<VoikkoHandle> all = [];
    private readonly SemaphoreSlim available;

    /// <param name="handles">How many requests may analyse at once.</param>
    /// <param name="language">Voikko's language code; only tests ask for another than Finnish.</param>
    public Voikko(int handles, string language = "fi")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(handles, 1);
        try
        {
            for (var i = 0; i < handles; i++)
            {
                var handle = Open(language);
                all.Add(handle);
                idle.Add(handle);
            }
        }
        catch
        {
            Dispose();
            throw;
        }

        available = new SemaphoreSlim(handles, handles);
    }

    /// <summary>Runs <paramref name="work"/> with a handle of its own.</summary>
    public T Use<T>(Func<Session, T> work)
    {
        available.Wait();
        if (!idle.TryTake(out var handle))
        {
            available.Release();
            throw new InvalidOperationException("The Voikko handle pool lost a handle.");
        }

        try
        {
            return work(new Session(handle));
        }
        finally
        {
            idle.Add(handle);
            available.Release();
        }
    }

    public void Dispose()
    {
        foreach (var handle in all)
        {
            handle.Dispose();
        }

        available?.Dispose();
    }

    private static VoikkoHandle Open(string language)
    {
        VoikkoHandle handle;
        IntPtr error;
        try
        {
            handle = VoikkoNative.Init(out error, language, null);
        }
        catch (DllNotFoundException e)
        {
            throw new InvalidOperationException(
                $"Finnish search needs {VoikkoNative.Library}, which was not found. Install it: apt-get install -y libvoikko1 voikko-fi", e);
        }

        if (handle.IsInvalid)
        {
            var message = error == IntPtr.Zero ? "unknown error" : Marshal.PtrToStringUTF8(error);
            handle.Dispose();
            throw new InvalidOperationException(
                $"Voikko could not start for '{language}' ({message}). Install the dictionary: apt-get install -y libvoikko1 voikko-fi");
        }

        return handle;
    }

    /// <summary>Calls on one borrowed handle; valid only inside <see cref="Use{T}"/>.</summary>
    internal readonly struct Session(VoikkoHandle handle)
    {
        public List<VoikkoAnalysis> Analyze(string word)
        {
            var result = new List<VoikkoAnalysis>();
            var analyses = VoikkoNative.AnalyzeWord(handle, word);
            if (analyses == IntPtr.Zero)
            {
                return result;
            }

            try
            {
                foreach (var analysis in Elements(analyses))
                {
                    var baseForm = Value(analysis, "BASEFORM");
                    if (!string.IsNullOrEmpty(baseForm))
                    {
                        result.Add(new VoikkoAnalysis(baseForm, Value(analysis, "WORDBASES")));
                    }
                }
            }
            finally
            {
                VoikkoNative.FreeAnalysis(analyses);
            }

            return result;
        }

        public List<string> Suggest(string word)
        {
            var result = new List<string>();
            var suggestions = VoikkoNative.Suggest(handle, word);
            if (suggestions == IntPtr.Zero)
            {
                return result;
            }

            try
            {
                result.AddRange(Elements(suggestions).Select(s => Marshal.PtrToStringUTF8(s) ?? ""));
            }
            finally
            {
                VoikkoNative.FreeStringArray(suggestions);
            }

            return result;
        }

        /// <summary>The pointers of a NULL-terminated C array.</summary>
        private static List<IntPtr> Elements(IntPtr array)
        {
            var elements = new List<IntPtr>();
            for (var element = Marshal.ReadIntPtr(array); element != IntPtr.Zero; element = Marshal.ReadIntPtr(array, elements.Count * IntPtr.Size))
            {
                elements.Add(element);
            }

            return elements;
        }

        private static string? Value(IntPtr analysis, string key)
        {
            var value = VoikkoNative.AnalysisValue(analysis, key);
            if (value == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                return Marshal.PtrToStringUTF8(value);
            }
            finally
            {
                VoikkoNative.FreeAnalysisValue(value);
            }
        }
    }
}

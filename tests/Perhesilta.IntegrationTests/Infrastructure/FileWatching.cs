using System.Runtime.CompilerServices;

namespace Perhesilta.IntegrationTests.Infrastructure;

/// <summary>
/// The tests start many hosts of the application at once (a fixture per class, two instances, loopback servers), and
/// each host watches its content root and web root for changes. With inotify that is one instance per watcher, and
/// Linux allows a user 128 (fs.inotify.max_user_instances): past that, pages fail to render. Polling watchers use no
/// inotify instance, and nothing in a test run changes those files anyway.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void PollInsteadOfInotify() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}

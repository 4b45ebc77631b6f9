using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Gateway.Admin.Web;

/// <summary>
/// The console's static files, embedded in the assembly from <c>Gateway/Admin/wwwroot/**</c> under the logical names
/// <c>wwwroot/PATH</c> (Gateway.csproj): the page ships inside the gateway, nothing to deploy beside it.
/// </summary>
public sealed class EmbeddedWwwroot : IFileProvider
{
    private const string Prefix = "wwwroot/";
    private readonly Assembly _assembly;
    private readonly Dictionary<string, string> _resources = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _lastModified;

    public EmbeddedWwwroot(Assembly assembly)
    {
        _assembly = assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var normalised = name.Replace('\\', '/');
            if (normalised.StartsWith(Prefix, StringComparison.Ordinal))
            {
                _resources["/" + normalised[Prefix.Length..]] = name;
            }
        }

        _lastModified = File.Exists(assembly.Location) ? File.GetLastWriteTimeUtc(assembly.Location) : DateTimeOffset.UtcNow;
    }

    /// <summary>The paths served, each starting with <c>/</c>.</summary>
    public IReadOnlyCollection<string> Paths => _resources.Keys;

    public IFileInfo GetFileInfo(string subpath)
    {
        var path = subpath.StartsWith('/') ? subpath : "/" + subpath;
        return _resources.TryGetValue(path, out var name)
            ? new ResourceFile(_assembly, name, Path.GetFileName(path), _lastModified)
            : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ResourceFile(Assembly assembly, string resource, string name, DateTimeOffset lastModified) : IFileInfo
    {
        public bool Exists => true;

        public long Length
        {
            get
            {
                using var stream = CreateReadStream();
                return stream.Length;
            }
        }

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => lastModified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() =>
            assembly.GetManifestResourceStream(resource) ?? throw new FileNotFoundException(resource);
    }
}

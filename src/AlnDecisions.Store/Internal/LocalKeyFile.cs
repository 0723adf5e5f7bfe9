using System.Security.Cryptography;
using System.Text.Json;

namespace AlnDecisions.Store.Internal;

/// <summary>
/// The embedded default's key when none is configured: generated once into the data directory,
/// readable by the owner only. It keeps a copied database file opaque, and lets the service start
/// with no set-up; a deployment configures its own keys instead.
/// </summary>
internal static class LocalKeyFile
{
    public const string FileName = Configuration.DecisionStoreOptions.LocalKeyFileName;

    public static KeyRing LoadOrCreate(string directory, out bool created)
    {
        var path = Path.Combine(directory, FileName);
        created = false;
        if (!File.Exists(path))
        {
            var id = "local-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
            var content = JsonSerializer.SerializeToUtf8Bytes(new KeyFileContent(id, new Dictionary<string, string> { [id] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }));
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            // Written aside and moved into place, so a second process starting at the same moment
            // reads a whole file or none: whichever move lands first is the key both use.
            var aside = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var stream = new FileStream(aside, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(aside, path, overwrite: false);
                created = true;
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(aside);
            }
        }

        try
        {
            var read = JsonSerializer.Deserialize<KeyFileContent>(File.ReadAllBytes(path));
            if (read?.ActiveKeyId is not { Length: > 0 } active || read.Keys is null || !read.Keys.ContainsKey(active))
            {
                throw new InvalidDataException($"The key file {path} does not name an active key among its keys.");
            }

            return new KeyRing(active, read.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal));
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            // Not chained: the parser's message quotes the bytes it met, and they are a key.
            throw new InvalidDataException($"The key file {path} is not a key file this store wrote ({e.GetType().Name}).");
        }
    }

    private sealed record KeyFileContent(string ActiveKeyId, Dictionary<string, string> Keys);
}

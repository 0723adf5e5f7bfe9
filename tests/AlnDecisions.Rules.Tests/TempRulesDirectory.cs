namespace AlnDecisions.Rules.Tests;

/// <summary>A rules directory of its own for one test, removed afterwards.</summary>
internal sealed class TempRulesDirectory : IDisposable
{
    public TempRulesDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aln-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Write(string file, string content)
    {
        var full = System.IO.Path.Combine(Path, file);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the directory for a moment; the OS temp cleaner gets it.
        }
    }
}

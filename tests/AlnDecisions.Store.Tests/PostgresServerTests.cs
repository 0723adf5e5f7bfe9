using AlnDecisions.Store.Tests.Infrastructure;

namespace AlnDecisions.Store.Tests;

/// <summary>The fixture never skips: without the server binaries it fails, saying what to install.</summary>
public sealed class PostgresServerTests
{
    [Fact]
    public void FindBinDirectory_NoServerInstalled_FailsNamingThePackageToInstall()
    {
        var empty = Path.Combine(Path.GetTempPath(), "aln-no-postgres-" + Guid.NewGuid().ToString("N"));

        var act = () => PostgresServer.FindBinDirectory(configured: null, debianRoot: empty);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("*apt-get install -y postgresql*scripts/install-test-prerequisites.sh*ALN_PG_BIN*");
    }

    [Fact]
    public void FindBinDirectory_SeveralVersions_PicksTheNewestWithInitdbAndPgCtl()
    {
        var root = Path.Combine(Path.GetTempPath(), "aln-fake-postgres-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (version, complete) in new[] { ("13", true), ("16", true), ("17", false) })
            {
                var bin = Directory.CreateDirectory(Path.Combine(root, version, "bin")).FullName;
                File.WriteAllText(Path.Combine(bin, "initdb"), string.Empty);
                if (complete)
                {
                    File.WriteAllText(Path.Combine(bin, "pg_ctl"), string.Empty);
                }
            }

            PostgresServer.FindBinDirectory(configured: null, debianRoot: root).Should().Be(Path.Combine(root, "16", "bin"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

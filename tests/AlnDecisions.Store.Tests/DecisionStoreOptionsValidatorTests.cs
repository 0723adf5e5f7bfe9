using AlnDecisions.Store.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AlnDecisions.Store.Tests;

public sealed class DecisionStoreOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        new DecisionStoreOptionsValidator().Validate(null, new DecisionStoreOptions()).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_PostgreSqlWithoutConnectionOrKeys_ReportsBoth()
    {
        var problems = DecisionStoreOptionsValidator.Problems(new DecisionStoreOptions { Backend = DecisionStoreBackend.PostgreSql });

        problems.Should().HaveCount(2);
        problems.Should().Contain(p => p.Contains("PostgreSqlConnectionString", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("Encryption:Keys", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadKeysLimitsAndRetention_ReportsEveryProblemAtOnce()
    {
        var options = new DecisionStoreOptions
        {
            QueueCapacity = 0,
            MaxBatchSize = 20_000,
            RetryInterval = TimeSpan.Zero,
            Encryption = new DecisionStoreEncryptionOptions
            {
                ActiveKeyId = "missing",
                Keys = { ["short"] = Convert.ToBase64String(new byte[16]), ["bad id!"] = Convert.ToBase64String(new byte[32]) },
            },
            Retention = new DecisionRetentionOptions { Default = TimeSpan.Zero, Authorities = { ["powys"] = TimeSpan.FromDays(-1) } },
        };

        var problems = DecisionStoreOptionsValidator.Problems(options);

        problems.Should().HaveCount(8);
        problems.Should().Contain(p => p.Contains("Keys:short must be 32 bytes", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("'bad id!'", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Contains("ActiveKeyId", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsOptionsValidationExceptionBeforeAnyIo()
    {
        var directory = Path.Combine(Path.GetTempPath(), "aln-store-never-" + Guid.NewGuid().ToString("N"));

        var act = () => new DecisionStore(new DecisionStoreOptions { DataDirectory = directory, MaxBatchSize = 0 }, new FakeTimeProvider());

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle();
        Directory.Exists(directory).Should().BeFalse();
    }
}

namespace AlnDecisions.Store.Tests.Infrastructure;

/// <summary>Every PostgreSQL test shares one server (started once per run) and runs one at a time, so the outage test can stop it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}

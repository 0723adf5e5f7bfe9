namespace AlnDecisions.Store.Internal.Postgres;

/// <summary>The schema in PostgreSQL: the same tables and columns as SQLite's, in native types.</summary>
internal static class PostgresMigrations
{
    /// <summary>The advisory lock every process takes before migrating, so two starting at once apply each step once.</summary>
    public const long AdvisoryLockKey = 0x414C4E5F44454331; // "ALN_DEC1"

    public const string SchemaVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version integer NOT NULL PRIMARY KEY,
            description text NOT NULL,
            applied_at timestamptz NOT NULL
        )
        """;

    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "decision records, kinds, rule sets and human decisions",
        [
            // Ids are ULIDs compared byte-wise for paging, whatever the database's collation.
            """
            CREATE TABLE decision_records (
                decision_id text COLLATE "C" NOT NULL PRIMARY KEY,
                case_reference text NOT NULL,
                authority text NOT NULL,
                decision_date date NOT NULL,
                recorded_at timestamptz NOT NULL,
                key_id text NOT NULL,
                nonce bytea NOT NULL,
                sealed bytea NOT NULL
            )
            """,
            // Ciphertext does not compress: do not try.
            "ALTER TABLE decision_records ALTER COLUMN sealed SET STORAGE EXTERNAL",
            "CREATE INDEX ix_decision_records_case ON decision_records (case_reference, decision_id)",
            "CREATE INDEX ix_decision_records_authority ON decision_records (authority, decision_id)",
            "CREATE INDEX ix_decision_records_recorded ON decision_records (recorded_at)",
            """
            CREATE TABLE decision_kinds (
                decision_id text COLLATE "C" NOT NULL REFERENCES decision_records (decision_id) ON DELETE CASCADE,
                kind text NOT NULL,
                PRIMARY KEY (decision_id, kind)
            )
            """,
            "CREATE INDEX ix_decision_kinds_kind ON decision_kinds (kind, decision_id)",
            """
            CREATE TABLE decision_rule_sets (
                decision_id text COLLATE "C" NOT NULL REFERENCES decision_records (decision_id) ON DELETE CASCADE,
                ordinal integer NOT NULL,
                rule_set_id text NOT NULL,
                version text NOT NULL,
                sha256 text NOT NULL,
                PRIMARY KEY (decision_id, ordinal)
            )
            """,
            """
            CREATE TABLE human_decisions (
                sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                outcome_id uuid NOT NULL UNIQUE,
                decision_id text COLLATE "C" NOT NULL REFERENCES decision_records (decision_id) ON DELETE CASCADE,
                kind text NOT NULL,
                follows_recommendation boolean NOT NULL,
                decider_role text NOT NULL,
                decided_on date NOT NULL,
                recorded_at timestamptz NOT NULL,
                key_id text NOT NULL,
                nonce bytea NOT NULL,
                sealed bytea NOT NULL
            )
            """,
            "CREATE INDEX ix_human_decisions_decision ON human_decisions (decision_id, sequence)",
        ]),
    ];
}

namespace AlnDecisions.Store.Internal.Sqlite;

/// <summary>The schema in SQLite: dates as ISO text, instants as Unix microseconds, so both sort and compare as in PostgreSQL.</summary>
internal static class SqliteMigrations
{
    public const string SchemaVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER NOT NULL PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "decision records, kinds, rule sets and human decisions",
        [
            """
            CREATE TABLE decision_records (
                decision_id TEXT NOT NULL PRIMARY KEY,
                case_reference TEXT NOT NULL,
                authority TEXT NOT NULL,
                decision_date TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                key_id TEXT NOT NULL,
                nonce BLOB NOT NULL,
                sealed BLOB NOT NULL
            )
            """,
            "CREATE INDEX ix_decision_records_case ON decision_records (case_reference, decision_id)",
            "CREATE INDEX ix_decision_records_authority ON decision_records (authority, decision_id)",
            "CREATE INDEX ix_decision_records_recorded ON decision_records (recorded_at)",
            """
            CREATE TABLE decision_kinds (
                decision_id TEXT NOT NULL REFERENCES decision_records (decision_id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                PRIMARY KEY (decision_id, kind)
            )
            """,
            "CREATE INDEX ix_decision_kinds_kind ON decision_kinds (kind, decision_id)",
            """
            CREATE TABLE decision_rule_sets (
                decision_id TEXT NOT NULL REFERENCES decision_records (decision_id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                rule_set_id TEXT NOT NULL,
                version TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                PRIMARY KEY (decision_id, ordinal)
            )
            """,
            """
            CREATE TABLE human_decisions (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                outcome_id TEXT NOT NULL UNIQUE,
                decision_id TEXT NOT NULL REFERENCES decision_records (decision_id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                follows_recommendation INTEGER NOT NULL,
                decider_role TEXT NOT NULL,
                decided_on TEXT NOT NULL,
                recorded_at INTEGER NOT NULL,
                key_id TEXT NOT NULL,
                nonce BLOB NOT NULL,
                sealed BLOB NOT NULL
            )
            """,
            "CREATE INDEX ix_human_decisions_decision ON human_decisions (decision_id, sequence)",
        ]),
    ];
}

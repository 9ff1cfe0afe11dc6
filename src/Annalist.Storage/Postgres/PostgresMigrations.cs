using Annalist.Storage.Sql;

namespace Annalist.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, version by version, with the same tables and columns as SQLite's. Codes
/// use the "C" collation so prefix ranges follow byte order; the full text is indexed by a generated
/// tsvector (English stemming, like SQLite's porter tokenizer) over the title and the first 300,000
/// characters of the text.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new Migration(1, "documents, events, mentions, full-text index",
        [
            """
            CREATE TABLE documents (
                id BIGSERIAL PRIMARY KEY,
                doc_id TEXT NOT NULL,
                url TEXT,
                url_key TEXT UNIQUE,
                text_hash TEXT NOT NULL UNIQUE,
                title TEXT,
                source TEXT,
                outlet TEXT NOT NULL,
                publication_date TEXT,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                text_length INTEGER NOT NULL,
                sentence_offsets BYTEA NOT NULL,
                sentence_count INTEGER NOT NULL,
                event_count INTEGER NOT NULL,
                ingested_at TEXT NOT NULL,
                tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', COALESCE(title, '') || ' ' || LEFT(text, 300000))) STORED)
            """,
            "CREATE INDEX documents_doc_id ON documents (doc_id)",
            "CREATE INDEX documents_tsv ON documents USING GIN (tsv)",
            """
            CREATE TABLE events (
                id BIGSERIAL PRIMARY KEY,
                actor_code TEXT COLLATE "C" NOT NULL,
                actor_country TEXT COLLATE "C" NOT NULL,
                actor_sector TEXT NOT NULL,
                actor_text TEXT NOT NULL,
                has_recipient INTEGER NOT NULL,
                recipient_code TEXT COLLATE "C" NOT NULL,
                recipient_country TEXT COLLATE "C" NOT NULL,
                recipient_sector TEXT NOT NULL,
                recipient_text TEXT NOT NULL,
                event_type TEXT COLLATE "C" NOT NULL,
                mode TEXT NOT NULL,
                contexts TEXT NOT NULL,
                cameo TEXT COLLATE "C" NOT NULL,
                goldstein DOUBLE PRECISION,
                quad_class INTEGER NOT NULL,
                date TEXT NOT NULL,
                date_day INTEGER NOT NULL,
                month INTEGER NOT NULL,
                date_precision TEXT NOT NULL,
                date_width INTEGER NOT NULL,
                window_lo INTEGER NOT NULL,
                window_hi INTEGER NOT NULL,
                status TEXT NOT NULL,
                status_mask INTEGER NOT NULL,
                status_family TEXT NOT NULL,
                mention_count INTEGER NOT NULL,
                article_count INTEGER NOT NULL,
                source_count INTEGER NOT NULL,
                first_seen TEXT NOT NULL,
                last_seen TEXT NOT NULL,
                added_at TEXT NOT NULL,
                place TEXT)
            """,
            "CREATE INDEX events_dyad_day ON events (actor_code, recipient_code, date_day)",
            "CREATE INDEX events_recipient_day ON events (recipient_code, date_day)",
            "CREATE INDEX events_country_dyad_day ON events (actor_country, recipient_country, date_day)",
            "CREATE INDEX events_day ON events (date_day, id)",
            "CREATE INDEX events_merge ON events (actor_country, recipient_country, event_type, window_hi)",
            """
            CREATE TABLE mentions (
                id BIGSERIAL PRIMARY KEY,
                event BIGINT NOT NULL REFERENCES events (id),
                document BIGINT NOT NULL REFERENCES documents (id),
                coder_event_id TEXT NOT NULL,
                sentence_index INTEGER NOT NULL,
                status TEXT NOT NULL,
                span_count INTEGER NOT NULL,
                outlet TEXT NOT NULL,
                event_type TEXT NOT NULL,
                cameo TEXT NOT NULL,
                date TEXT NOT NULL,
                date_precision TEXT NOT NULL,
                evidence_start INTEGER NOT NULL,
                evidence_end INTEGER NOT NULL,
                evidence_text TEXT NOT NULL,
                record TEXT NOT NULL,
                merge_reason TEXT NOT NULL,
                added_at TEXT NOT NULL)
            """,
            "CREATE INDEX mentions_event_outlet ON mentions (event, outlet)",
            "CREATE INDEX mentions_document ON mentions (document)",
        ]),
        new Migration(2, "mentions by event and document, and by event and status, for merging",
        [
            // Merging asks, for each candidate event, whether this document already reports it, and then the
            // majority status of its reports: both scanned every report of the event, which grows without
            // bound on a story hundreds of articles repeat.
            "CREATE INDEX mentions_event_document ON mentions (event, document)",
            "CREATE INDEX mentions_event_status ON mentions (event, status)",
        ]),
        new Migration(3, "report counts per event and status, kept as reports arrive",
        [
            // The majority status of an event's reports was counted over all its reports at every merge, so a
            // story repeated by n articles cost n^2 index reads (PostgreSQL ingest fell to 58% of coding on
            // 100,000 documents). One row per event and status, counted as reports arrive, answers in a few rows.
            """
            CREATE TABLE event_statuses (
                event BIGINT NOT NULL REFERENCES events (id),
                status TEXT NOT NULL,
                reports BIGINT NOT NULL,
                first_mention BIGINT NOT NULL,
                PRIMARY KEY (event, status))
            """,
            "INSERT INTO event_statuses (event, status, reports, first_mention) SELECT event, status, COUNT(*), MIN(id) FROM mentions GROUP BY event, status",
            "DROP INDEX mentions_event_status",
        ]),
        new Migration(4, "covering indexes for the workbench's aggregates: series by month, dyad totals, places",
        [
            // The series, network and map views aggregate every event of a filter; without these each one read
            // the whole (wide) events table: 0.4 s of CPU for the places of 300,000 events, 0.2 s for the dyads.
            // The place index is on the very expressions the store's place queries use (PlaceField).
            "CREATE INDEX events_month_quad ON events (month, quad_class, goldstein)",
            "CREATE INDEX events_country_dyad_quad ON events (actor_country, recipient_country, has_recipient, quad_class, goldstein)",
            "CREATE INDEX events_place ON events ((place::json ->> 'Name'), (place::json ->> 'Country'), (place::json ->> 'Admin1'), (place::json ->> 'GeonameId'), (place::json ->> 'Lat'), (place::json ->> 'Lon'), quad_class)",
        ]),
        new Migration(5, "events by actor country and day, and by recipient country and day, for filtered pages",
        [
            // A page of one actor's (or recipient's) events in a date range, with a status or CAMEO filter, read
            // all of the country's events and sorted them (182,000 rows for USA on the 1M-event benchmark store,
            // p99 413 ms) or scanned the whole month: with the country and the day in one index the page is read
            // in date order and stops after one page of matches.
            "CREATE INDEX events_actor_country_day ON events (actor_country, date_day, id)",
            "CREATE INDEX events_recipient_country_day ON events (recipient_country, date_day, id)",
        ]),
        new Migration(6, "place fields as stored columns, so the map's places are grouped without parsing each event's JSON",
        [
            // On a quiet machine the map of a 300,802-event store took 1.13 s on PostgreSQL (0.63 s on SQLite): its
            // expression index cannot answer an index-only scan, so every event's place JSON was parsed. Stored
            // generated columns hold the parsed fields once, written with the row.
            "ALTER TABLE events ADD COLUMN place_name TEXT GENERATED ALWAYS AS (place::json ->> 'Name') STORED, " +
            "ADD COLUMN place_country TEXT GENERATED ALWAYS AS (place::json ->> 'Country') STORED, " +
            "ADD COLUMN place_admin1 TEXT GENERATED ALWAYS AS (place::json ->> 'Admin1') STORED, " +
            "ADD COLUMN place_geonameid TEXT GENERATED ALWAYS AS (place::json ->> 'GeonameId') STORED, " +
            "ADD COLUMN place_lat TEXT GENERATED ALWAYS AS (place::json ->> 'Lat') STORED, " +
            "ADD COLUMN place_lon TEXT GENERATED ALWAYS AS (place::json ->> 'Lon') STORED",
            "DROP INDEX events_place",
            "CREATE INDEX events_place ON events (place_name, place_country, place_admin1, place_geonameid, place_lat, place_lon, quad_class)",
        ]),
        new Migration(7, "the kind of each party (state, person, ... unresolved), so open actors are told from coded ones",
        [
            // An open actor (issue 15) is stored with its words and an empty or country-only code; its kind says so.
            "ALTER TABLE events ADD COLUMN actor_kind TEXT NOT NULL DEFAULT '', ADD COLUMN recipient_kind TEXT NOT NULL DEFAULT ''",
        ]),
    ];
}

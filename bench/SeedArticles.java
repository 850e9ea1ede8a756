import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;

/**
 * Bulk-loads N articles straight into the H2 files of a stopped Newsgraph (JDBC batch inserts),
 * for the keyset pagination benchmark: going through the API would take far longer than the
 * measurement. Writes what the service would (article row and its folded search text; the text
 * is ASCII, so folding is lower-casing and spacing) and moves the id sequence past the new rows.
 *
 * Usage: java -cp h2.jar bench/SeedArticles.java DATA_DIR COUNT
 */
public class SeedArticles {

    private static final String[] WORDS = ("market regulators said tuesday quarterly results stronger analysts expected "
            + "investors cautious supply costs rules regions officials talks continue week people familiar matter company "
            + "declined comment shares rose early trading falling afternoon critics argued plan raise prices consumers "
            + "industry groups welcomed decision warned delays cloud payment network satellite grid storage").split(" ");
    private static final String[] SOURCES = { "Daily Ledger", "Harbor Times", "Global Wire", "Tech Courier", "Market Watchers" };

    public static void main(String[] args) throws Exception {
        String dataDir = args[0];
        int count = Integer.parseInt(args[1]);
        // the service's settings, so the seeded pages are the size it writes
        String url = "jdbc:h2:file:" + dataDir + "/newsgraph;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;PAGE_SIZE=4096";
        Random random = new Random(7);
        Instant start = Instant.parse("2015-01-01T00:00:00Z");
        long began = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, "newsgraph", "")) {
            db.setAutoCommit(false);
            long firstId;
            try (Statement s = db.createStatement(); var rs = s.executeQuery("select coalesce(max(id), 0) + 1 from article")) {
                rs.next();
                firstId = rs.getLong(1);
            }
            boolean searchTable;
            try (var tables = db.getMetaData().getTables(null, null, "article_search", null)) {
                searchTable = tables.next(); // absent in versions before search existed
            }
            try (PreparedStatement article = db.prepareStatement("insert into article (id, title, published_at, body, summary,"
                    + " source, url, language, word_count, content_hash, created_at, updated_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, null, 'en', ?, ?, ?, ?, 0)");
                    PreparedStatement search = searchTable ? db.prepareStatement(
                            "insert into article_search (article_id, title_text, body_text) values (?, ?, ?)") : null) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                for (int i = 0; i < count; i++) {
                    long id = firstId + i;
                    // About ten years of news; every two articles share a timestamp, so the id tie-break is exercised.
                    Instant published = start.plusSeconds((i / 2) * 6314L);
                    String title = "Bench article " + id + " on " + WORDS[random.nextInt(WORDS.length)] + " "
                            + WORDS[random.nextInt(WORDS.length)];
                    StringBuilder body = new StringBuilder();
                    for (int w = 0; w < 120; w++) {
                        body.append(w == 0 ? "" : (w % 15 == 0 ? ". " : " ")).append(WORDS[random.nextInt(WORDS.length)]);
                    }
                    body.append('.');
                    String text = body.toString();
                    article.setLong(1, id);
                    article.setString(2, title);
                    article.setObject(3, published.atOffset(ZoneOffset.UTC));
                    article.setString(4, text);
                    article.setString(5, text.substring(0, text.indexOf('.') + 1));
                    article.setString(6, SOURCES[i % SOURCES.length]);
                    article.setInt(7, 120);
                    article.setString(8, String.format("%064x", id));
                    article.setObject(9, now);
                    article.setObject(10, now);
                    article.addBatch();
                    if (searchTable) {
                        search.setLong(1, id);
                        search.setString(2, fold(title));
                        search.setString(3, fold(text));
                        search.addBatch();
                    }
                    if ((i + 1) % 1000 == 0 || i == count - 1) {
                        article.executeBatch();
                        if (searchTable) {
                            search.executeBatch();
                        }
                        db.commit();
                    }
                }
            }
            try (Statement s = db.createStatement()) {
                s.execute("alter sequence article_seq restart with " + (firstId + count + 1000));
            }
            db.commit();
        }
        System.out.printf("Inserted %d articles in %.1f s%n", count, (System.nanoTime() - began) / 1e9);
    }

    /** The service's folding, for ASCII text: lower case, non-alphanumerics as single spaces, padded. */
    private static String fold(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
    }
}

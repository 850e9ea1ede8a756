import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.newsgraph.duplicate.Fingerprint;
import dev.newsgraph.search.SearchText;

/**
 * Bulk-loads a news graph around the organizations already stored (imported through the API, so their
 * names and search rows are the service's own): COUNT articles with their folded search text, mentions,
 * events with participants, the near-duplicate fingerprints and band keys the service would write, and
 * syndicated copies pointing at their originals. JDBC batches, as bench/SeedArticles.java does for the
 * keyset benchmark: through the API this would take far longer than the measurement.
 *
 * Organizations are mentioned by Zipf rank (their id order): the first are in about 5 % of the
 * articles each, the 500th in about 0.1 %. One article in ten is a copy of one of the 500 originals
 * before it, published later; it is marked a copy only if its fingerprint says so, as the service would.
 *
 * Usage: java -cp CLASSES:APP_JAR:JDBC_DRIVER SeedGraph JDBC_URL USER COUNT
 *        java -cp CLASSES SeedGraph --names COUNT   (the organization names, most mentioned first)
 *        java -cp CLASSES SeedGraph --files COUNT ORGANIZATIONS SEED   (new articles to import, JSON lines)
 */
public class SeedGraph {

    static final int EVENTS = 2000;

    static final int WORDS = 250;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--names")) { // the organizations to import first, one a line
            NewsText.organizationNames(Integer.parseInt(args[1])).forEach(System.out::println);
            return;
        }
        if (args[0].equals("--files")) { // new articles to import, as ArticleFileInput JSON lines
            printFiles(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]));
            return;
        }
        String url = args[0];
        int count = Integer.parseInt(args[2]);
        long began = System.nanoTime();
        NewsText text = new NewsText(20_000);
        Random random = new Random(11);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", args[1]);
        properties.setProperty("password", "");
        if (url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("reWriteBatchedInserts", "true"); // one multi-row insert per batch
        }
        // H2: a page cache that holds the band index while it grows (random keys), for this load only
        try (Connection db = DriverManager.getConnection(url.startsWith("jdbc:h2:") ? url + ";CACHE_SIZE=524288" : url, properties)) {
            db.setAutoCommit(false);
            // ranks are the order of NewsText.organizationNames, which the run imported through the API
            Map<String, Long> idByName = new java.util.HashMap<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id, name from organization")) {
                while (rs.next()) {
                    idByName.put(rs.getString(2), rs.getLong(1));
                }
            }
            List<String> orgNames = NewsText.organizationNames(idByName.size());
            List<Long> orgIds = new ArrayList<>();
            for (String name : orgNames) {
                orgIds.add(java.util.Objects.requireNonNull(idByName.get(name), "organization not stored: " + name));
            }
            double[] orgRanks = NewsText.zipf(orgIds.size(), 1.0, 10);
            boolean h2 = url.startsWith("jdbc:h2:");
            long articleId = next(db, "article");
            long eventId = next(db, "news_event");
            long mentionId = next(db, "mention");
            long participationId = next(db, "participation");
            long articleEventId = next(db, "article_event");

            try (PreparedStatement event = db.prepareStatement("insert into news_event (id, title, kind, occurred_on, date_precision,"
                    + " description, location, created_at, updated_at, version) values (?, ?, ?, ?, 'DAY', null, null, ?, ?, 0)");
                    PreparedStatement eventSearch = db.prepareStatement("insert into event_search (event_id, title_text, description_text) values (?, ?, ' ')");
                    PreparedStatement participation = db.prepareStatement("insert into participation (id, event_id, organization_id, role) values (?, ?, ?, ?)")) {
                String[] kinds = { "ACQUISITION", "LAWSUIT", "LAYOFF", "ANNOUNCEMENT", "REPORT", "SANCTION", "RULING", "OUTAGE" };
                for (int i = 0; i < EVENTS; i++) {
                    long id = eventId + i;
                    int a = NewsText.draw(orgRanks, random), b = NewsText.draw(orgRanks, random);
                    String title = orgNames.get(a) + " " + kinds[i % kinds.length].toLowerCase() + " " + i;
                    event.setLong(1, id);
                    event.setString(2, title);
                    event.setString(3, kinds[i % kinds.length]);
                    event.setObject(4, LocalDate.of(2015, 1, 1).plusDays(i * 3653L / EVENTS));
                    event.setObject(5, now);
                    event.setObject(6, now);
                    event.addBatch();
                    eventSearch.setLong(1, id);
                    eventSearch.setString(2, SearchText.fold(title));
                    eventSearch.addBatch();
                    for (int o : new LinkedHashSet<>(List.of(a, b))) {
                        participation.setLong(1, participationId++);
                        participation.setLong(2, id);
                        participation.setLong(3, orgIds.get(o));
                        participation.setString(4, o == a ? "ACTOR" : "TARGET");
                        participation.addBatch();
                    }
                }
                event.executeBatch();
                eventSearch.executeBatch();
                participation.executeBatch();
                db.commit();
            }

            record Original(long id, List<String> sentences, List<Integer> orgs, Fingerprint print) {
            }
            ArrayDeque<Original> recent = new ArrayDeque<>();
            int copies = 0;
            long mentions = 0, bands = 0, eventLinks = 0;
            Instant start = Instant.parse("2015-01-01T00:00:00Z");
            try (PreparedStatement article = db.prepareStatement("insert into article (id, title, published_at, body, summary,"
                    + " source, url, language, word_count, content_hash, created_at, updated_at, version, duplicate_of_id)"
                    + " values (?, ?, ?, ?, ?, ?, null, 'en', ?, ?, ?, ?, 0, ?)");
                    PreparedStatement search = db.prepareStatement("insert into article_search (article_id, title_text, body_text) values (?, ?, ?)");
                    PreparedStatement mention = db.prepareStatement("insert into mention (id, article_id, organization_id, mention_count, snippet) values (?, ?, ?, ?, ?)");
                    PreparedStatement articleEvent = db.prepareStatement("insert into article_event (id, article_id, event_id) values (?, ?, ?)");
                    PreparedStatement fingerprint = db.prepareStatement("insert into article_fingerprint (article_id, signature) values (?, ?)");
                    PreparedStatement band = db.prepareStatement("insert into article_band (band_key, article_id) values (?, ?)")) {
                for (int i = 0; i < count; i++) {
                    long id = articleId + i;
                    // about ten years of news; every two articles share a timestamp, so the id tie-break is exercised
                    Instant published = start.plusSeconds((i / 2) * 6314L);
                    Original copied = random.nextInt(10) == 0 && !recent.isEmpty()
                            ? new ArrayList<>(recent).get(random.nextInt(recent.size())) : null;
                    List<Integer> orgs;
                    List<String> sentences;
                    if (copied != null) {
                        orgs = copied.orgs();
                        sentences = text.copy(copied.sentences(), names(orgNames, orgs), random);
                    } else {
                        Set<Integer> drawn = new LinkedHashSet<>();
                        int wanted = 2 + random.nextInt(4);
                        while (drawn.size() < wanted) {
                            drawn.add(NewsText.draw(orgRanks, random));
                        }
                        orgs = new ArrayList<>(drawn);
                        sentences = text.sentences(WORDS, names(orgNames, orgs), random);
                    }
                    String body = NewsText.body(sentences);
                    Fingerprint print = Fingerprint.of(body);
                    Long duplicateOf = copied != null && print.sameStory(copied.print()) ? copied.id() : null;
                    if (duplicateOf != null) {
                        copies++;
                    } else {
                        recent.addLast(new Original(id, sentences, orgs, print));
                        if (recent.size() > 500) {
                            recent.removeFirst();
                        }
                    }
                    String title = orgNames.get(orgs.get(0)) + ": " + sentences.get(0).substring(0, Math.min(80, sentences.get(0).length()));
                    article.setLong(1, id);
                    article.setString(2, title);
                    article.setObject(3, published.atOffset(ZoneOffset.UTC));
                    article.setString(4, body);
                    article.setString(5, sentences.get(0));
                    article.setString(6, NewsText.SOURCES[random.nextInt(NewsText.SOURCES.length)]);
                    article.setInt(7, body.split("\\s+").length);
                    article.setString(8, String.format("%064x", id));
                    article.setObject(9, now);
                    article.setObject(10, now);
                    article.setObject(11, duplicateOf);
                    article.addBatch();
                    search.setLong(1, id);
                    search.setString(2, SearchText.fold(title));
                    search.setString(3, SearchText.fold(body));
                    search.addBatch();
                    Map<Integer, Integer> counts = new LinkedHashMap<>();
                    for (int o : orgs) {
                        counts.put(o, occurrences(body, orgNames.get(o)));
                    }
                    for (Map.Entry<Integer, Integer> m : counts.entrySet()) {
                        mention.setLong(1, mentionId++);
                        mention.setLong(2, id);
                        mention.setLong(3, orgIds.get(m.getKey()));
                        mention.setInt(4, Math.max(1, m.getValue()));
                        mention.setString(5, snippet(sentences, orgNames.get(m.getKey())));
                        mention.addBatch();
                        mentions++;
                    }
                    if (random.nextInt(3) == 0) { // a third of the articles report an event of their time
                        articleEvent.setLong(1, articleEventId++);
                        articleEvent.setLong(2, id);
                        articleEvent.setLong(3, eventId + Math.min(EVENTS - 1, (long) i * EVENTS / count + random.nextInt(3)));
                        articleEvent.addBatch();
                        eventLinks++;
                    }
                    fingerprint.setLong(1, id);
                    fingerprint.setString(2, print.encode());
                    fingerprint.addBatch();
                    Set<Long> keys = new LinkedHashSet<>();
                    for (long key : print.bandKeys()) {
                        keys.add(key);
                    }
                    for (long key : keys) {
                        band.setLong(1, key);
                        band.setLong(2, id);
                        band.addBatch();
                        bands++;
                    }
                    if ((i + 1) % 1000 == 0 || i == count - 1) {
                        for (PreparedStatement batch : new PreparedStatement[] { article, search, mention, articleEvent, fingerprint, band }) {
                            batch.executeBatch();
                        }
                        db.commit();
                    }
                }
            }
            try (Statement s = db.createStatement()) {
                s.execute("alter sequence article_seq restart with " + (articleId + count + 1000));
                s.execute("alter sequence news_event_seq restart with " + (eventId + EVENTS + 1000));
                s.execute("alter sequence mention_seq restart with " + (mentionId + 1000));
                s.execute("alter sequence participation_seq restart with " + (participationId + 1000));
                s.execute("alter sequence article_event_seq restart with " + (articleEventId + 1000));
            }
            db.commit();
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                // the statistics (and, on PostgreSQL, the visibility map) the database's own maintenance would have made
                s.execute(h2 ? "analyze" : "vacuum analyze");
            }
            System.out.printf("Inserted %d articles (%d near-duplicate copies), %d mentions of %d organizations, %d events"
                    + " (%d article links), %d band keys in %.1f s%n",
                    count, copies, mentions, orgIds.size(), EVENTS, eventLinks, bands, (System.nanoTime() - began) / 1e9);
        }
    }

    /** New articles in the article format, published from March 2025 on, naming organizations as the stored ones do. */
    private static void printFiles(int count, int organizations, long seed) {
        NewsText text = new NewsText(20_000);
        List<String> orgNames = NewsText.organizationNames(organizations);
        double[] orgRanks = NewsText.zipf(organizations, 1.0, 10);
        Random random = new Random(seed);
        Instant start = Instant.parse("2025-03-01T00:00:00Z").plusSeconds(seed * 86_400 * 30);
        for (int i = 0; i < count; i++) {
            Set<String> named = new LinkedHashSet<>();
            int wanted = 2 + random.nextInt(4);
            while (named.size() < wanted) {
                named.add(orgNames.get(NewsText.draw(orgRanks, random)));
            }
            List<String> sentences = text.sentences(WORDS, new ArrayList<>(named), random);
            String published = start.plusSeconds(i * 600L).toString().replace('T', ' ').replace("Z", "");
            String markdown = "# " + sentences.get(0).substring(0, Math.min(80, sentences.get(0).length())) + " " + seed + "-" + i
                    + "\n\nPublished :`" + published + "`\n\n---\n\n" + NewsText.body(sentences) + "\n---\n";
            System.out.println("{\"name\": \"f" + i + ".md\", \"source\": \"" + NewsText.SOURCES[i % NewsText.SOURCES.length]
                    + "\", \"markdown\": \"" + markdown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}");
        }
    }

    /** The first id above every row of the table, whatever the sequence says. */
    private static long next(Connection db, String table) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1) + 100;
        }
    }

    private static List<String> names(List<String> all, List<Integer> ranks) {
        return ranks.stream().map(all::get).toList();
    }

    private static int occurrences(String text, String name) {
        int n = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            n++;
        }
        return n;
    }

    private static String snippet(List<String> sentences, String name) {
        for (String sentence : sentences) {
            if (sentence.contains(name)) {
                return sentence.length() > 300 ? sentence.substring(0, 300) : sentence;
            }
        }
        return null;
    }
}

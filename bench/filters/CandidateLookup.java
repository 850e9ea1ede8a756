package dev.newsgraph.duplicate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The near-duplicate step of an import, timed part by part on a loaded database, with the service's
 * own code (this class sits in its package): for SAMPLE stored articles spread over the corpus, the
 * fingerprint of the body ({@link Fingerprint#of}), the candidate lookup through the band index
 * ({@link StoryStatements#candidates}, the statement an import runs, the article itself excluded), and
 * the similarity check of every candidate. Prints median and p90 per article and how many candidates
 * the index returned. Read-only. Each article is looked up once after a warm-up pass over others.
 *
 * Usage: java -cp CLASSES:APP_JAR:JDBC_DRIVER dev.newsgraph.duplicate.CandidateLookup JDBC_URL USER [SAMPLE]
 */
public class CandidateLookup {

    public static void main(String[] args) throws Exception {
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        try (Connection db = DriverManager.getConnection(args[0], args[1], "")) {
            db.setAutoCommit(false);
            db.setReadOnly(true);
            long stored;
            try (PreparedStatement count = db.prepareStatement("select count(*) from article"); ResultSet rs = count.executeQuery()) {
                rs.next();
                stored = rs.getLong(1);
            }
            List<Object[]> warm = bodies(db, stored, sample, 1);
            List<Object[]> measured = bodies(db, stored, sample, 0);
            try (StoryStatements stories = new StoryStatements(db)) {
                run(stories, warm, false);
                run(stories, measured, true);
            }
        }
    }

    /** Articles spread over the corpus (ids with a fixed remainder modulo stored / sample): id and body. */
    private static List<Object[]> bodies(Connection db, long stored, int sample, int remainder) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select id, body from article where mod(id, ?) = ? order by id limit ?")) {
            select.setLong(1, Math.max(2, stored / sample));
            select.setLong(2, remainder);
            select.setInt(3, sample);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] { rs.getLong(1), rs.getString(2) });
                }
            }
        }
        return rows;
    }

    private static void run(StoryStatements stories, List<Object[]> articles, boolean report) throws Exception {
        int n = articles.size();
        long[] print = new long[n], lookup = new long[n], compare = new long[n];
        int[] candidates = new int[n];
        int same = 0, full = 0;
        for (int i = 0; i < n; i++) {
            long id = (Long) articles.get(i)[0];
            long t0 = System.nanoTime();
            Fingerprint fingerprint = Fingerprint.of((String) articles.get(i)[1]);
            long t1 = System.nanoTime();
            List<StoryStatements.Candidate> found = stories.candidates(id, fingerprint, NearDuplicates.MAX_CANDIDATES);
            long t2 = System.nanoTime();
            boolean any = false;
            for (StoryStatements.Candidate candidate : found) {
                any |= fingerprint.sameStory(Fingerprint.decode(candidate.signature()));
            }
            long t3 = System.nanoTime();
            print[i] = t1 - t0;
            lookup[i] = t2 - t1;
            compare[i] = t3 - t2;
            candidates[i] = found.size();
            same += any ? 1 : 0;
            full += found.size() == NearDuplicates.MAX_CANDIDATES ? 1 : 0;
        }
        if (!report) {
            return;
        }
        System.out.printf("near-duplicate step per article, %d stored articles looked up (their own row excluded):%n", n);
        System.out.printf("  fingerprint of the body:     %s%n", summary(print));
        System.out.printf("  candidate lookup (band index): %s%n", summary(lookup));
        System.out.printf("  similarity of the candidates: %s%n", summary(compare));
        int[] sorted = candidates.clone();
        Arrays.sort(sorted);
        System.out.printf("  candidates returned: mean %.1f, median %d, p90 %d, max %d; %d of %d at the cap of %d;"
                + " %d of %d found a same-story candidate%n",
                Arrays.stream(candidates).average().orElse(0), sorted[n / 2], sorted[(int) (n * 0.9)], sorted[n - 1],
                full, n, NearDuplicates.MAX_CANDIDATES, same, n);
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("median %.1f µs, p90 %.1f µs, mean %.1f µs", sorted[sorted.length / 2] / 1e3,
                sorted[(int) (sorted.length * 0.9)] / 1e3, Arrays.stream(sorted).average().orElse(0) / 1e3);
    }
}

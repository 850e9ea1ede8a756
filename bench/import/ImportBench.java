import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-end import benchmark through the GraphQL API: creates ORGS organizations (each with an alias) —
 * with importOrganizations, 1,000 a call (mode bulk, the default), or one createOrganization at a time
 * (mode single) — then imports ARTICLES generated ~600-word articles with importArticles in batches,
 * CLIENTS at a time. With WARMUP > 0 it first imports that many other articles, timed and reported on
 * their own: the first import on a fresh JVM runs while the JIT compiles the import path. Then ROUNDS
 * imports of ARTICLES new articles each are measured, and their median. The articles also name 1,000
 * organizations that are not created yet: in bulk mode, the store is then topped up to RELINK_AT
 * articles (default 10,000; 0 skips this) and those 1,000 are imported in one call, which relinks the
 * stored articles that contain them.
 * Usage (see run.sh): ImportBench <url> <apiKey> <orgs> <articles> <batch> <clients> [warmup] [rounds] [mode] [relinkAt]
 */
public class ImportBench {

    /** Organizations the articles name that are created only at the end (bulk mode). */
    private static final int LATE = 1000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String key = args[1];
        int orgCount = Integer.parseInt(args[2]);
        int articleCount = Integer.parseInt(args[3]);
        int batch = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        int rounds = args.length > 7 ? Integer.parseInt(args[7]) : 1;
        boolean bulk = !(args.length > 8 && args[8].equals("single"));
        int relinkAt = args.length > 9 ? Integer.parseInt(args[9]) : 10_000;
        HttpClient http = HttpClient.newHttpClient();
        List<Corpus.Org> named = Corpus.organizations(orgCount + LATE);
        List<Corpus.Org> orgs = named.subList(0, orgCount);
        List<Corpus.Org> late = named.subList(orgCount, named.size());

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        if (bulk) {
            Map<String, Long> cpuBefore = ServiceCpu.byThread();
            double seconds = importOrganizations(http, url, key, orgs);
            System.out.printf("organizations: %d imported with importOrganizations (1,000 a call) in %.2f s (%.0f/s)%n",
                    orgCount, seconds, orgCount / seconds);
            ServiceCpu.report(cpuBefore, ServiceCpu.byThread());
        } else {
            createOneByOne(http, url, key, orgs, clients, pool);
        }

        Random warmupRandom = new Random(7);
        List<String> warmupArticles = new ArrayList<>();
        for (int i = 0; i < warmup; i++) {
            warmupArticles.add(Corpus.article(articleCount + i, named, warmupRandom)); // other numbers, other texts
        }
        Random random = new Random(42);
        List<String> articles = new ArrayList<>();
        long words = 0;
        for (int i = 0; i < articleCount; i++) {
            String text = Corpus.article(i, named, random);
            words += text.split("\\s+").length;
            articles.add(text);
        }
        System.out.printf("articles: %d generated, %.0f words on average%n", articleCount, (double) words / articleCount);

        if (warmup > 0) {
            importAll(http, url, key, warmupArticles, batch, clients, pool, "warm-up import (JIT compiling)");
        }
        List<Double> rates = new ArrayList<>();
        int stored = warmup;
        for (int round = 1; round <= rounds; round++) {
            if (round > 1) {
                articles = generate(warmup + articleCount * round, articleCount, named, new Random(42 + round));
            }
            rates.add(importAll(http, url, key, articles, batch, clients, pool, rounds > 1 ? "import round " + round : "import"));
            stored += articleCount;
        }
        if (rounds > 1) {
            List<Double> sorted = rates.stream().sorted().toList();
            System.out.printf("median of %d rounds: %.0f articles/s%n", rounds, sorted.get(sorted.size() / 2));
        }
        if (bulk && relinkAt > 0) {
            if (stored < relinkAt) {
                importAll(http, url, key, generate(warmup + articleCount * (rounds + 1), relinkAt - stored, named, new Random(99)),
                        batch, clients, pool, "top-up to " + relinkAt + " articles");
            }
            long mentionsBefore = mentions(http, url, key);
            Map<String, Long> cpuBefore = ServiceCpu.byThread();
            double seconds = importOrganizations(http, url, key, late);
            System.out.printf("relink: importOrganizations of %d new names with %d articles stored: %.2f s; mentions %d -> %d%n",
                    late.size(), Math.max(stored, relinkAt), seconds, mentionsBefore, mentions(http, url, key));
            ServiceCpu.report(cpuBefore, ServiceCpu.byThread());
        }
        pool.shutdown();
    }

    private static List<String> generate(int firstNumber, int count, List<Corpus.Org> named, Random random) {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(Corpus.article(firstNumber + i, named, random));
        }
        return articles;
    }

    private static void createOneByOne(HttpClient http, String url, String key, List<Corpus.Org> orgs, int clients,
            ExecutorService pool) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < orgs.size(); i = next.getAndIncrement()) {
                    Corpus.Org org = orgs.get(i);
                    String body = "{\"query\":\"mutation { createOrganization(input: {name: \\\"" + org.name()
                            + "\\\", kind: COMPANY, aliases: [\\\"" + org.alias() + "\\\"]}) { id } }\"}";
                    expectOk(post(http, url, key, body), "createOrganization");
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("organizations: %d created one at a time in %.1f s (%.0f/s)%n", orgs.size(), seconds, orgs.size() / seconds);
    }

    /**
     * Imports the organizations in calls of 1,000, one call at a time, and prints each call's seconds and
     * the service's CPU during it (on a fresh JVM the first calls run while the JIT compiles the path);
     * returns the seconds taken.
     */
    private static double importOrganizations(HttpClient http, String url, String key, List<Corpus.Org> orgs) throws Exception {
        long start = System.nanoTime();
        StringBuilder calls = new StringBuilder();
        for (int from = 0; from < orgs.size(); from += 1000) {
            long callStart = System.nanoTime();
            long cpuStart = ServiceCpu.processMillis();
            StringBuilder entries = new StringBuilder("[");
            for (int i = from; i < Math.min(from + 1000, orgs.size()); i++) {
                Corpus.Org org = orgs.get(i);
                entries.append(i > from ? "," : "").append("{\"name\":").append(json(org.name()))
                        .append(",\"kind\":\"COMPANY\",\"aliases\":[").append(json(org.alias())).append("]}");
            }
            String body = "{\"query\":\"mutation($o: [OrganizationInput!]!) { importOrganizations(organizations: $o) { created failures { index message } } }\","
                    + "\"variables\":{\"o\":" + entries + "]}}";
            String response = post(http, url, key, body);
            if (response.contains("\"errors\"") || !response.contains("\"failures\":[]")) {
                throw new IllegalStateException("importOrganizations failed: " + response.substring(0, Math.min(500, response.length())));
            }
            calls.append(calls.isEmpty() ? "" : " / ").append(String.format("%.2f", (System.nanoTime() - callStart) / 1e9));
            if (cpuStart >= 0) {
                calls.append(String.format(" (%d)", ServiceCpu.processMillis() - cpuStart));
            }
        }
        System.out.println("  calls of 1,000: s (service process CPU ms): " + calls);
        return (System.nanoTime() - start) / 1e9;
    }

    /** All mentions stored, from stats. */
    private static long mentions(HttpClient http, String url, String key) throws Exception {
        String response = post(http, url, key, "{\"query\":\"{ stats { totals { mentions } } }\"}");
        String digits = response.replaceAll("(?s).*\"mentions\":(\\d+).*", "$1");
        return Long.parseLong(digits);
    }

    /** Imports the articles in batches, prints the time taken and where the service's CPU went; returns articles/s. */
    private static double importAll(HttpClient http, String url, String key, List<String> articles, int batch,
                                  int clients, ExecutorService pool, String label) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        AtomicInteger created = new AtomicInteger();
        Map<String, Long> cpuBefore = ServiceCpu.byThread();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int from = next.getAndAdd(batch); from < articles.size(); from = next.getAndAdd(batch)) {
                    StringBuilder files = new StringBuilder("[");
                    for (int i = from; i < Math.min(from + batch, articles.size()); i++) {
                        files.append(i > from ? "," : "").append("{\"name\":\"a").append(i).append(".md\",\"markdown\":")
                                .append(json(articles.get(i))).append('}');
                    }
                    String body = "{\"query\":\"mutation($f: [ArticleFileInput!]!) { importArticles(files: $f) { result { created mentions { count } } error { code message } } }\","
                            + "\"variables\":{\"f\":" + files + "]}}";
                    String response = post(http, url, key, body);
                    expectOk(response, "importArticles");
                    created.addAndGet(count(response, "\"created\":true"));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d articles (%d created) in %.2f s = %.0f articles/s (batch %d, %d clients)%n",
                label, articles.size(), created.get(), seconds, articles.size() / seconds, batch, clients);
        ServiceCpu.report(cpuBefore, ServiceCpu.byThread(), articles.size(), "article");
        return articles.size() / seconds;
    }

    private static String post(HttpClient http, String url, String key, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void expectOk(String response, String what) {
        if (response.contains("\"errors\"") || response.contains("\"error\":{")) {
            throw new IllegalStateException(what + " failed: " + response.substring(0, Math.min(500, response.length())));
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

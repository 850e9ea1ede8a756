import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.newsgraph.duplicate.Fingerprint;

/**
 * The near-duplicate fingerprint alone: thread CPU and bytes allocated per ~640-word article of the import bench's
 * corpus, after warm-up passes. Usage (from the project root, against a build's classes, e.g. to compare two builds):
 * javac -d DIR -cp target/classes bench/import/Corpus.java bench/import/FingerprintBench.java
 * java -cp DIR:target/classes FingerprintBench [warm-up passes] [measured passes]
 */
public class FingerprintBench {

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Corpus.Org> orgs = Corpus.organizations(1_000);
        Random random = new Random(42);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            bodies.add(Corpus.article(i, orgs, random));
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long check = 0;
        for (int pass = 0; pass < warmup; pass++) {
            for (String body : bodies) {
                check += Fingerprint.of(body).bandKeys()[0];
            }
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long bytes = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int pass = 0; pass < passes; pass++) {
            for (String body : bodies) {
                check += Fingerprint.of(body).bandKeys()[0];
            }
        }
        long articles = (long) passes * bodies.size();
        System.out.printf("fingerprint: %.1f µs CPU, %.1f KB allocated per article (%d articles after %d warm-up passes; check %d)%n",
                (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / articles,
                (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - bytes) / 1024.0 / articles,
                articles, warmup, check);
    }
}

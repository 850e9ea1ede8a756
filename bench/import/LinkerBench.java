import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.newsgraph.linking.Gazetteer;
import dev.newsgraph.linking.OrganizationNames;

/**
 * The linker alone: time to link one ~600-word article against gazetteers of 100 … 10,000
 * organizations (name + alias each). Flat cost means one automaton pass whatever the size.
 * Run by bench/import/run.sh (compiled against target/classes).
 */
public class LinkerBench {

    public static void main(String[] args) {
        List<Corpus.Org> all = Corpus.organizations(10_000);
        for (int size : new int[] { 100, 1_000, 10_000 }) {
            List<Corpus.Org> orgs = all.subList(0, size);
            List<OrganizationNames> names = new ArrayList<>();
            for (int i = 0; i < orgs.size(); i++) {
                names.add(OrganizationNames.of(i + 1, orgs.get(i).name(), orgs.get(i).alias()));
            }
            long buildStart = System.nanoTime();
            Gazetteer gazetteer = Gazetteer.build(names);
            double buildMs = (System.nanoTime() - buildStart) / 1e6;
            // the same texts for every size: they name organizations of the first 100
            List<String> texts = new ArrayList<>();
            Random textRandom = new Random(11);
            for (int i = 0; i < 200; i++) {
                texts.add(Corpus.article(i, all.subList(0, 100), textRandom));
            }
            int found = 0;
            for (int warm = 0; warm < 20; warm++) {
                for (String text : texts) {
                    found += gazetteer.link("", text).size();
                }
            }
            long start = System.nanoTime();
            int rounds = 20;
            for (int r = 0; r < rounds; r++) {
                for (String text : texts) {
                    found += gazetteer.link("", text).size();
                }
            }
            double perArticleUs = (System.nanoTime() - start) / 1e3 / (rounds * texts.size());
            System.out.printf("organizations %6d: build %7.1f ms, link %7.1f µs per article (%d mentions found)%n",
                    size, buildMs, perArticleUs, found);
        }
    }
}

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic synthetic organizations and ~600-word articles that mention some of them. */
final class Corpus {

    private static final String[] STEMS = { "Aster", "Borealis", "Cobalt", "Dunmore", "Everline", "Fjord", "Granite",
            "Halcyon", "Ionic", "Juniper", "Keystone", "Lumen", "Meridian", "Northway", "Onyx", "Pinnacle", "Quarry",
            "Redwood", "Sable", "Tundra", "Umber", "Vantage", "Willow", "Xenon", "Yarrow", "Zephyr" };
    private static final String[] SUFFIXES = { "Holdings", "Systems", "Labs", "Media", "Bank", "Group", "Networks",
            "Foods", "Energy", "Airlines" };
    private static final String[] WORDS = ("the market company said on tuesday that its quarterly results would "
            + "reflect a slowdown in demand analysts expected more growth while regulators reviewed the deal and "
            + "investors waited for guidance about new products plans staff offices customers revenue").split(" ");

    record Org(String name, String alias) {
    }

    static List<Org> organizations(int count) {
        List<Org> orgs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String stem = STEMS[i % STEMS.length] + (i / STEMS.length);
            String suffix = SUFFIXES[(i / 7) % SUFFIXES.length];
            orgs.add(new Org(stem + " " + suffix, stem + suffix.charAt(0) + "X"));
        }
        return orgs;
    }

    /** An article of about 600 words naming a few of the organizations, by name or alias. */
    static String article(int n, List<Org> orgs, Random random) {
        StringBuilder body = new StringBuilder();
        int words = 0;
        while (words < 600) {
            StringBuilder paragraph = new StringBuilder();
            for (int sentence = 0; sentence < 5; sentence++) {
                Org org = orgs.get(random.nextInt(orgs.size()));
                paragraph.append(random.nextBoolean() ? org.name() : org.alias()).append(' ');
                int length = 12 + random.nextInt(10);
                for (int w = 0; w < length; w++) {
                    paragraph.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < length ? " " : ". ");
                }
                words += length + 2;
            }
            body.append(paragraph.toString().strip()).append("\n\n");
        }
        return "# Generated report number " + n + "\n\nPublished :`2024-" + String.format("%02d-%02d %02d:%02d:00",
                1 + n % 12, 1 + n % 28, n % 24, n % 60) + "`\n\n---\n\n" + body + "---\n";
    }
}

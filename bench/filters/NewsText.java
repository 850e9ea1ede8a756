import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic news-like text for the filters benchmark. Words follow a Zipf law (a few dozen function
 * words carry half the text, then thousands of content words, most of them rare) and one sentence in
 * five carries a stock phrase of wire copy ("said in a statement"), so unrelated bodies share some
 * 3-word shingles as real ones do and the near-duplicate index has candidates to reject. Organizations
 * are named in the text. A copy rewrites an earlier body as a syndicating outlet would: a new lead,
 * one sentence reworded, a closing line added.
 */
final class NewsText {

    private static final String[] FUNCTION = ("the of to and a in that for on is with said as at by it from was its "
            + "be has have an are will this which but not were been more after their than about over also would "
            + "who new two year last into had up could one percent million billion while per").split(" ");
    private static final String[] STOCK = { "said in a statement", "declined to comment on the", "according to people familiar with the matter",
        "did not immediately respond to a request for comment", "the company said on", "in a regulatory filing",
        "shares fell in early trading", "shares rose in early trading", "analysts had expected", "a spokesperson for the company said",
        "the deal is expected to close", "is subject to regulatory approval", "in the third quarter", "in the fourth quarter",
        "compared with a year earlier", "the people said asking not to be named", "told reporters on", "people close to the talks said",
        "the statement said", "it was not immediately clear", "the move comes as", "earlier this year", "for the first time since",
        "in an interview with", "according to data compiled by", "the biggest since", "as part of a plan to",
        "chief executive officer", "chief financial officer", "a person familiar with the plans said" };
    private static final String[] SYLLABLES = ("ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko ku la le li lo lu ma me mi mo mu "
            + "na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo ar en in on or an el "
            + "st tr pl gr cl br").split(" ");
    private static final String[] SUFFIXES = { "Holdings", "Systems", "Labs", "Media", "Bank", "Group", "Networks", "Foods",
        "Energy", "Airlines", "Capital", "Motors", "Pharma", "Telecom", "Insurance" };
    static final String[] SOURCES = { "Daily Ledger", "Harbor Times", "Global Wire", "Tech Courier", "Market Watchers",
        "Evening Post", "Metro Business", "Capital Review" };

    private final String[] content;
    private final double[] contentCumulative;
    private final double[] functionCumulative;

    NewsText(int contentWords) {
        Random random = new Random(3);
        content = new String[contentWords];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < contentWords; i++) {
            String word;
            do {
                StringBuilder w = new StringBuilder();
                int syllables = 2 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                word = w.toString();
            } while (!seen.add(word));
            content[i] = word;
        }
        contentCumulative = zipf(contentWords, 1.0, 2);
        functionCumulative = zipf(FUNCTION.length, 1.0, 1);
    }

    /** Cumulative weights of ranks 1..n under a Zipf law of exponent s, ranks shifted by offset. */
    static double[] zipf(int n, double s, double offset) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1 + offset, s);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    /** A rank drawn from cumulative weights. */
    static int draw(double[] cumulative, Random random) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
    }

    /** Unique organization names: two syllable-words and a designator. */
    static List<String> organizationNames(int count) {
        Random random = new Random(5);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        while (names.size() < count) {
            names.add(capitalized(random, 2 + random.nextInt(2)) + " " + capitalized(random, 2)
                    + " " + SUFFIXES[random.nextInt(SUFFIXES.length)]);
        }
        return new ArrayList<>(names);
    }

    private static String capitalized(Random random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** A body of about {@code words} words in sentences, naming each organization once or more. */
    List<String> sentences(int words, List<String> organizations, Random random) {
        List<String> sentences = new ArrayList<>();
        int written = 0;
        int named = 0;
        while (written < words) {
            String org = named < organizations.size() ? organizations.get(named++)
                    : random.nextInt(3) == 0 ? organizations.get(random.nextInt(organizations.size())) : null;
            String sentence = sentence(org, random);
            written += sentence.split(" ").length;
            sentences.add(sentence);
        }
        return sentences;
    }

    private String sentence(String organization, Random random) {
        StringBuilder s = new StringBuilder();
        int length = 10 + random.nextInt(14);
        int stockAt = random.nextInt(5) == 0 ? random.nextInt(length) : -1;
        int orgAt = organization == null ? -1 : random.nextInt(length);
        for (int w = 0; w < length; w++) {
            if (w > 0) {
                s.append(' ');
            }
            if (w == orgAt) {
                s.append(organization);
            } else if (w == stockAt) {
                s.append(STOCK[random.nextInt(STOCK.length)]);
            } else if (random.nextBoolean()) {
                s.append(FUNCTION[draw(functionCumulative, random)]);
            } else {
                s.append(content[draw(contentCumulative, random)]);
            }
        }
        s.setCharAt(0, Character.toUpperCase(s.charAt(0)));
        return s.append('.').toString();
    }

    static String body(List<String> sentences) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            body.append(i == 0 ? "" : i % 4 == 0 ? "\n\n" : " ").append(sentences.get(i));
        }
        return body.toString();
    }

    /** A syndicated rewrite: new lead, one sentence reworded, a closing line added. */
    List<String> copy(List<String> original, List<String> organizations, Random random) {
        List<String> copy = new ArrayList<>(original);
        copy.set(0, sentence(organizations.isEmpty() ? null : organizations.get(0), random));
        int reworded = 1 + random.nextInt(copy.size() - 1);
        copy.set(reworded, sentence(null, random));
        copy.add(sentence(null, random));
        return copy;
    }
}

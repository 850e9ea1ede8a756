package dev.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 10,000 organizations with three names each: results must stay exact at that size. */
class GazetteerScaleTest {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zu", "pi"};
    private static final int ORGANIZATIONS = 10_000;
    private static Gazetteer gazetteer;

    /** A distinct pronounceable word per index, e.g. 1234 -> "Lomineru". */
    private static String word(int index) {
        String digits = String.format("%04d", index);
        StringBuilder word = new StringBuilder();
        for (char digit : digits.toCharArray()) {
            word.append(SYLLABLES[digit - '0']);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A distinct four-letter acronym per index. */
    private static String acronym(int index) {
        return "Q" + (char) ('A' + index / 676) + (char) ('A' + index / 26 % 26) + (char) ('A' + index % 26);
    }

    @BeforeAll
    static void buildLargeGazetteer() {
        List<OrganizationNames> organizations = new ArrayList<>(ORGANIZATIONS);
        for (int i = 0; i < ORGANIZATIONS; i++) {
            organizations.add(OrganizationNames.of(i, word(i) + " Group", word(i) + " Holdings", acronym(i)));
        }
        gazetteer = Gazetteer.build(organizations);
    }

    @Test
    void linksA600WordTextAgainstThirtyThousandNames() {
        // given 600 words of filler with a few real mentions and some near misses
        List<String> words = new ArrayList<>();
        while (words.size() < 586) {
            words.add("filler");
        }
        words.addAll(40, List.of(word(1234), "Group", "announced"));          // org 1234 by name
        words.addAll(100, List.of(word(9876), "Holdings’s", "shares"));       // org 9876, curly possessive
        words.addAll(200, List.of(acronym(42), "said"));                       // org 42 by acronym
        words.addAll(300, List.of(word(1234).toLowerCase(), "group"));         // not a proper noun: no match
        words.addAll(350, List.of(acronym(7).toLowerCase(), word(5)));         // lower-case acronym, bare word: no match
        words.addAll(500, List.of(word(1234), "Holdings"));                   // org 1234 again by alias
        String body = String.join(" ", words);
        // when
        List<MentionHit> mentions = gazetteer.link("Markets today", body);
        // then
        assertEquals(600, body.split(" ").length);
        assertEquals(List.of(1234L, 9876L, 42L), mentions.stream().map(MentionHit::organizationId).toList());
        assertEquals(List.of(2, 1, 1), mentions.stream().map(MentionHit::count).toList());
    }

    @Test
    void everyOrganizationIsReachableByEachOfItsNames() {
        // given one sentence per sampled organization and name
        for (int i = 0; i < ORGANIZATIONS; i += 997) {
            String body = "Yesterday " + word(i) + " Group met " + word(i) + " Holdings and " + acronym(i) + ".";
            // when
            List<MentionHit> mentions = gazetteer.link("", body);
            // then
            assertEquals(List.of(new MentionHit(i, 3, body)), mentions);
        }
    }
}

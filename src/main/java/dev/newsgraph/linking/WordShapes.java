package dev.newsgraph.linking;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a word's letters say: capitalised, an acronym, a brand's inner capital, an adverb. */
final class WordShapes {

    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\p{Lu}(\\.\\p{Lu})+");
    private static final Pattern AMPERSAND_INITIALS = Pattern.compile("\\p{Lu}+&\\p{Lu}+");

    private WordShapes() {
    }

    static boolean isCapitalised(WordTokenizer.Word word) {
        int initial = word.text().codePointAt(0);
        return Character.isUpperCase(initial) || Character.isTitleCase(initial);
    }

    /** 2–6 letters, all upper-case, e.g. CNN or NATO. */
    static boolean isAcronym(WordTokenizer.Word word) {
        String text = word.text();
        return text.length() >= 2 && text.length() <= 6
                && text.codePoints().allMatch(cp -> Character.isLetter(cp) && Character.isUpperCase(cp));
    }

    /** A capital right after a lower-case letter: CrowdStrike, SentinelOne (but not McCarthy nor US-based). */
    static boolean hasInnerCapital(WordTokenizer.Word word) {
        String text = word.text();
        if (!isCapitalised(word) || text.startsWith("Mc") || text.startsWith("Mac")) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "U.S", "U.K": single capitals joined by periods (the tokenizer leaves the last period off). */
    static boolean isDottedInitials(String word) {
        return DOTTED_INITIALS.matcher(word).matches();
    }

    /** Capital initials joined by an ampersand: C&S, AT&T, H&M. */
    static boolean isAmpersandInitials(WordTokenizer.Word word) {
        return AMPERSAND_INITIALS.matcher(word.text()).matches();
    }

    static boolean isAdverb(WordTokenizer.Word word) {
        return word.text().length() > 4 && word.text().endsWith("ly");
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

package dev.newsgraph.search;

import java.text.Normalizer;
import java.util.Map;

/**
 * The folded form text is stored and searched in, so matching is case- and accent-insensitive on
 * every database: lower case, accents and apostrophes dropped, every other run of characters that
 * are not letters or digits turned into one space, and one space at each end (" kaspersky lab ").
 * A word then starts wherever a space precedes it, which plain LIKE can find.
 */
public final class SearchText {

    /** Letters that carry no accent to strip but are still written differently in plain text. */
    private static final Map<Integer, String> SPELLED_OUT = Map.of(
            (int) 'ß', "ss", (int) 'æ', "ae", (int) 'œ', "oe", (int) 'ø', "o", (int) 'ł', "l",
            (int) 'đ', "d", (int) 'ð', "d", (int) 'þ', "th", (int) 'ı', "i");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return " ";
        }
        // plain ASCII is its own decomposition: most text skips the normalizer's copy
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length() + 2).append(' ');
        boolean afterSpace = true;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint < 0x80) {
                if (isAsciiLetterOrDigit(codePoint)) {
                    folded.append((char) (codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint));
                    afterSpace = false;
                } else if (codePoint != '\'' && !afterSpace) {
                    folded.append(' ');
                    afterSpace = true;
                }
                continue;
            }
            if (isMark(codePoint) || isApostrophe(codePoint)) {
                continue;
            }
            if (Character.isLetterOrDigit(codePoint)) {
                int lower = Character.toLowerCase(codePoint);
                String spelled = SPELLED_OUT.get(lower);
                if (spelled != null) {
                    folded.append(spelled);
                } else {
                    folded.appendCodePoint(lower);
                }
                afterSpace = false;
            } else if (!afterSpace) {
                folded.append(' ');
                afterSpace = true;
            }
        }
        if (!afterSpace) {
            folded.append(' ');
        }
        return folded.toString();
    }

    /** Folds and cuts to a column's length, keeping the trailing space that ends the last word. */
    static String fold(String text, int maxLength) {
        String folded = fold(text);
        if (folded.length() <= maxLength) {
            return folded;
        }
        int cut = folded.lastIndexOf(' ', maxLength - 1);
        return folded.substring(0, Math.max(cut, 0) + 1);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(int codePoint) {
        return codePoint == '\'' || codePoint == '\u2019' || codePoint == '\u2018' || codePoint == '\u02bc';
    }
}

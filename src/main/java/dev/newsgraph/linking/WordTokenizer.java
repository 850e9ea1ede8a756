package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words, keeping inner hyphens, dots, ampersands, slashes and apostrophes but peeling off a possessive 's. */
final class WordTokenizer {

    /** A word at {@code [start, end)}; {@code possessive} when an 's followed it in the text. */
    record Word(String text, int start, int end, boolean possessive) {
    }

    private static final String INNER_JOINERS = "-.&'’/";

    private WordTokenizer() {
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '&') {
                words.add(new Word("&", i, i + 1, false)); // a free-standing ampersand links names
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(text.codePointAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length()) {
                char current = text.charAt(i);
                if (Character.isLetterOrDigit(text.codePointAt(i)) || Character.isLowSurrogate(current)) {
                    i++;
                } else if (INNER_JOINERS.indexOf(current) >= 0 && letterOrDigitAt(text, i + 1)
                        && !isPossessiveAt(text, i)) {
                    i++;
                } else {
                    break;
                }
            }
            boolean possessive = isPossessiveAt(text, i);
            words.add(new Word(text.substring(start, i), start, i, possessive));
            if (possessive) {
                i += 2;
            }
        }
        return words;
    }

    /** An apostrophe (straight or curly) plus 's' that ends the word. */
    private static boolean isPossessiveAt(String text, int index) {
        return index + 1 < text.length()
                && (text.charAt(index) == '\'' || text.charAt(index) == '’')
                && (text.charAt(index + 1) == 's' || text.charAt(index + 1) == 'S')
                && !letterOrDigitAt(text, index + 2);
    }

    private static boolean letterOrDigitAt(String text, int index) {
        return index < text.length() && Character.isLetterOrDigit(text.codePointAt(index));
    }
}

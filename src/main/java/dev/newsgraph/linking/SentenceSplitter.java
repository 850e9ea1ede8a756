package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits prose into sentences: '.', '!' or '?' (plus closing quotes or ')') followed by whitespace and an
 * upper-case letter, digit or opening quote, or by a paragraph break / the end. Abbreviations such as
 * "U.S." or "Inc." do not end a sentence; a blank line always does.
 */
final class SentenceSplitter {

    /** Half-open range {@code [start, end)} of one trimmed sentence. */
    record Range(int start, int end) {
        boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private static final Set<String> ABBREVIATIONS =
            Set.of("mr", "mrs", "ms", "dr", "inc", "corp", "ltd", "co", "bros", "st", "vs", "jr", "sr", "prof");
    private static final String CLOSING_MARKS = "”\"’')";
    private static final String OPENING_MARKS = "“\"‘'(";

    private SentenceSplitter() {
    }

    static List<Range> split(String text) {
        List<Range> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && blankLineFollows(text, i)) {
                addTrimmed(text, start, i, sentences);
                start = i;
                i = skipSpaces(text, i);
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int afterMarks = i + 1;
                while (afterMarks < text.length() && CLOSING_MARKS.indexOf(text.charAt(afterMarks)) >= 0) {
                    afterMarks++;
                }
                if (endsSentence(text, i, afterMarks)) {
                    addTrimmed(text, start, afterMarks, sentences);
                    start = afterMarks;
                    i = afterMarks;
                    continue;
                }
            }
            i++;
        }
        addTrimmed(text, start, text.length(), sentences);
        return sentences;
    }

    private static boolean endsSentence(String text, int markAt, int afterMarks) {
        if (afterMarks >= text.length()) {
            return true;
        }
        if (!TextFolding.isSpace(text.charAt(afterMarks))) {
            return false;
        }
        int next = skipSpaces(text, afterMarks);
        if (next >= text.length()) {
            return true; // only whitespace left
        }
        int codePoint = text.codePointAt(next);
        boolean startsNewSentence = TextFolding.isCapitalOrDigit(codePoint) || OPENING_MARKS.indexOf(text.charAt(next)) >= 0;
        return startsNewSentence && !(text.charAt(markAt) == '.' && followsAbbreviation(text, markAt));
    }

    /** "U.S." (single letters) and the common titles or company suffixes are not sentence ends. */
    private static boolean followsAbbreviation(String text, int periodAt) {
        int wordStart = periodAt;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, periodAt);
        return word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean blankLineFollows(String text, int newlineAt) {
        for (int i = newlineAt + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!TextFolding.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && TextFolding.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addTrimmed(String text, int start, int end, List<Range> into) {
        int from = start;
        int to = end;
        while (from < to && TextFolding.isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && TextFolding.isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            into.add(new Range(from, to));
        }
    }
}

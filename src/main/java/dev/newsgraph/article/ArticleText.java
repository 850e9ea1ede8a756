package dev.newsgraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What is derived from an article's text: summary, word count, and the hash that recognises a re-import.
 * "Whitespace" inside the text means the ASCII whitespace characters (space, tab, line feed, vertical
 * tab, form feed, carriage return), as in the stored hashes, which must never change.
 */
public final class ArticleText {

    static final int SUMMARY_LIMIT = 4000;

    private ArticleText() {
    }

    public static String firstParagraph(String body) {
        String trimmed = body.strip();
        String[] paragraphs = trimmed.split("\\R\\s*\\R", 2);
        String first = collapseWhitespace(paragraphs[0]).strip();
        return first.length() <= SUMMARY_LIMIT ? first : first.substring(0, SUMMARY_LIMIT - 1) + "…";
    }

    public static int wordCount(String body) {
        String trimmed = body.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < trimmed.length(); i++) {
            boolean space = isWhitespace(trimmed.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Same title, publication time and body: the same article. */
    public static String contentHash(String title, Instant publishedAt, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String canonical = title.strip() + '\n' + publishedAt + '\n' + collapseWhitespace(body.strip());
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Every run of whitespace as one space. */
    public static String collapseWhitespace(String text) {
        int length = text.length();
        int i = 0;
        // most text has only single spaces: return it as it is, without copying
        while (i < length) {
            char c = text.charAt(i);
            if (isWhitespace(c) && (c != ' ' || (i + 1 < length && isWhitespace(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == length) {
            return text;
        }
        char[] chars = text.toCharArray();
        int size = i;
        boolean inSpace = false;
        for (; i < length; i++) {
            char c = chars[i];
            if (isWhitespace(c)) {
                if (!inSpace) {
                    chars[size++] = ' ';
                }
                inSpace = true;
            } else {
                chars[size++] = c;
                inSpace = false;
            }
        }
        return new String(chars, 0, size);
    }

    /** The characters of the regular expression class {@code \s}. */
    public static boolean isWhitespace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}

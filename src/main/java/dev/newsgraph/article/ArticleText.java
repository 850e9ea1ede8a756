package dev.newsgraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** What is derived from an article's text: summary, word count, and the hash that recognises a re-import. */
public final class ArticleText {

    static final int SUMMARY_LIMIT = 4000;

    private ArticleText() {
    }

    public static String firstParagraph(String body) {
        String trimmed = body.strip();
        String[] paragraphs = trimmed.split("\\R\\s*\\R", 2);
        String first = paragraphs[0].replaceAll("\\s+", " ").strip();
        return first.length() <= SUMMARY_LIMIT ? first : first.substring(0, SUMMARY_LIMIT - 1) + "…";
    }

    public static int wordCount(String body) {
        String trimmed = body.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** Same title, publication time and body: the same article. */
    public static String contentHash(String title, Instant publishedAt, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String canonical = title.strip() + '\n' + publishedAt + '\n' + body.strip().replaceAll("\\s+", " ");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}

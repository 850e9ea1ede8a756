package dev.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** An article as read from its Markdown file: title, publishing instant and body paragraphs. */
public record ParsedArticle(String title, Instant publishedAt, List<String> paragraphs) {

    public ParsedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publishedAt, "publishedAt");
        paragraphs = List.copyOf(paragraphs); // immutable so the hash can never go stale
    }

    /** The paragraphs separated by one blank line each. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** Hex SHA-256 of title, ISO instant and body; equal articles hash equally so re-imports are idempotent. */
    public String contentHash() {
        String canonical = title + '\n' + publishedAt + '\n' + body();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK must provide SHA-256", e);
        }
    }
}

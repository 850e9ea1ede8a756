package dev.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The text helpers are hand-written loops for speed; stored content hashes must stay what the
 * regular-expression definitions gave, so every helper is checked against those definitions.
 */
class ArticleTextTest {

    private static final String ALPHABET = "ab Z9.,'’\t\n\r\u000B\f  \u00A0\u2028é\u3000";

    @Test
    void helpersAgreeWithTheirRegularExpressionDefinitions() throws Exception {
        Random random = new Random(3);
        Instant at = Instant.parse("2024-07-15T12:00:00Z");
        for (int n = 0; n < 5_000; n++) {
            String text = randomText(random, random.nextInt(40));
            assertEquals(text.replaceAll("\\s+", " "), ArticleText.collapseWhitespace(text), text);
            String trimmed = text.strip();
            assertEquals(trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length, ArticleText.wordCount(text), text);
            assertEquals(referenceHash("Title " + n, at, text), ArticleText.contentHash("Title " + n, at, text), text);
        }
    }

    @Test
    void textWithSingleSpacesOnlyIsReturnedAsItIs() {
        String text = "Kaspersky Lab said on Thursday it will close its US office.";
        assertSame(text, ArticleText.collapseWhitespace(text));
        assertEquals("a b c", ArticleText.collapseWhitespace("a \t b\r\n\nc"));
        assertEquals(11, ArticleText.wordCount("  Kaspersky Lab said on Thursday it will close its US office.\n"));
    }

    @Test
    void theHashOfAKnownArticleNeverChanges() {
        // fixed so that articles stored by earlier versions are still recognised on re-import
        assertEquals("a39064997ebad45414384d869c0323222718858b67c5c861a19b09026ae92a99",
                ArticleText.contentHash(" Kaspersky ", Instant.parse("2024-07-15T12:00:00Z"), "One  two\nthree "));
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** The original definition: SHA-256 of title, instant and body with whitespace runs collapsed. */
    private static String referenceHash(String title, Instant publishedAt, String body) throws Exception {
        String canonical = title.strip() + '\n' + publishedAt + '\n' + body.strip().replaceAll("\\s+", " ");
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }
}

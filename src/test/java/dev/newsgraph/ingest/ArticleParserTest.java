package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void parsesTheSharedSampleArticle() {
        // given the Kaspersky sample from the shared folder (skipped when absent)
        // when
        ParsedArticle article = SampleArticles.parsedSeedOrSkip();
        // then
        assertEquals("Russian cyber firm Kaspersky to shut down US operations after ban", article.title());
        assertEquals(Instant.parse("2024-07-16T21:08:57Z"), article.publishedAt());
        assertEquals(10, article.paragraphs().size());
        assertTrue(article.paragraphs().get(0).startsWith("Russian cybersecurity company Kaspersky Lab"));
        assertTrue(article.paragraphs().get(9).endsWith("ensuring their protection.”"));
    }

    @Test
    void parsesTitleTimeAndParagraphsJoiningInnerLinesWithOneSpace() {
        // given
        String text = Articles.clean();
        // when
        ParsedArticle article = parser.parse(text);
        // then
        assertEquals("Acme buys Widget Co", article.title());
        assertEquals(Instant.parse("2024-07-16T21:08:57Z"), article.publishedAt());
        assertEquals(List.of("Acme Corp said on Monday it will buy Widget Co for $2 billion.",
                "The deal closes next year."), article.paragraphs());
        assertEquals("Acme Corp said on Monday it will buy Widget Co for $2 billion.\n\nThe deal closes next year.",
                article.body());
    }

    @Test
    void toleratesCrlfBomTrailingBlanksAndExtraBlankLines() {
        // given the clean article as a sloppy editor would save it
        String sloppy = "\uFEFF\r\n\r\n# Acme buys Widget Co  \t\r\n\r\n\r\n"
                + "Published :`2024-07-16 21:08:57`\t\r\n\r\n"
                + "---   \r\n\r\n\r\n"
                + "   Acme Corp said on Monday it will buy  \r\n"
                + "Widget Co for $2 billion.\t\r\n\r\n\r\n\r\n"
                + "The deal closes next year. \r\n\r\n"
                + "--- \r\n\r\n \t\r\n";
        // when
        ParsedArticle parsed = parser.parse(sloppy);
        // then
        assertEquals(parser.parse(Articles.clean()), parsed);
        assertEquals(parser.parse(Articles.clean()).contentHash(), parsed.contentHash());
    }

    @Test
    void bytesAndStringInputsGiveTheSameArticle() {
        // given
        byte[] bytes = Articles.clean().getBytes(StandardCharsets.UTF_8);
        // when / then
        assertEquals(parser.parse(Articles.clean()), parser.parse(bytes));
    }

    @Test
    void acceptsPublishedWithoutSpaceBeforeColon() {
        // given
        String text = Articles.withLine(3, "Published:`2024-07-16 21:08:57`");
        // when / then
        assertEquals(Instant.parse("2024-07-16T21:08:57Z"), parser.parse(text).publishedAt());
    }

    @Test
    void appliesAnExplicitZoneOffset() {
        // given
        String plusTwo = Articles.withLine(3, "Published :`2024-07-16 21:08:57+02:00`");
        String zulu = Articles.withLine(3, "Published :`2024-07-16 21:08:57Z`");
        // when / then
        assertEquals(Instant.parse("2024-07-16T19:08:57Z"), parser.parse(plusTwo).publishedAt());
        assertEquals(Instant.parse("2024-07-16T21:08:57Z"), parser.parse(zulu).publishedAt());
    }

    @Test
    void contentHashIsHexSha256ThatFollowsTheContent() {
        // given
        ParsedArticle article = parser.parse(Articles.clean());
        ParsedArticle edited = parser.parse(Articles.withLine(10, "The deal closes this year."));
        // when
        String hash = article.contentHash();
        // then
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, parser.parse(Articles.clean()).contentHash());
        assertNotEquals(hash, edited.contentHash());
    }

    @Test
    void acceptsAnArticleOfExactlyTheMaximumSize() {
        // given an article padded to exactly MAX_BYTES
        String clean = Articles.clean();
        int padding = ArticleParser.MAX_BYTES - clean.getBytes(StandardCharsets.UTF_8).length;
        String text = clean.replace("The deal closes next year.", "The deal closes next year." + "x".repeat(padding));
        // when
        ParsedArticle article = parser.parse(text.getBytes(StandardCharsets.UTF_8));
        // then
        assertEquals(2, article.paragraphs().size());
    }
}

package dev.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArticleParserErrorsTest {

    private final ArticleParser parser = new ArticleParser();

    private ArticleFormatException failureFor(String text) {
        return assertThrows(ArticleFormatException.class, () -> parser.parse(text));
    }

    @Test
    void rejectsAFirstLineThatIsNotATitle() {
        // given / when
        ArticleFormatException error = failureFor(Articles.withLine(1, "Acme buys Widget Co"));
        // then
        assertEquals(1, error.line());
        assertTrue(error.getMessage().startsWith("line 1: expected a '# <title>' line"), error.getMessage());
    }

    @Test
    void rejectsATitleLongerThanTheGraphStoresAsALimit() {
        // given a title of 501 characters, one over what an article's title holds
        ArticleFormatException error = failureFor(Articles.withLine(1, "# " + "T".repeat(501)));
        // then
        assertTrue(error instanceof ArticleFieldTooLongException, error.getClass().getSimpleName());
        assertEquals(1, error.line());
        assertEquals(500, ((ArticleFieldTooLongException) error).max());
        assertEquals("line 1: the title has 501 characters, more than the limit of 500 characters", error.getMessage());
        // and 500 characters are fine
        assertEquals(500, parser.parse(Articles.withLine(1, "# " + "T".repeat(500))).title().length());
    }

    @Test
    void rejectsATitleWithoutTheSpaceAfterTheHash() {
        assertEquals(1, failureFor(Articles.withLine(1, "#Acme buys Widget Co")).line());
    }

    @Test
    void rejectsAnEmptyArticleWithoutALineNumber() {
        // given / when
        ArticleFormatException error = failureFor("\n \n\t\n");
        // then
        assertEquals(0, error.line());
        assertTrue(error.getMessage().contains("empty"), error.getMessage());
    }

    @Test
    void rejectsAMissingPublishedLineAtTheLineFoundInstead() {
        // given the Published line removed, so line 4 holds the opening separator
        // when
        ArticleFormatException error = failureFor(Articles.withoutLine(3));
        // then
        assertEquals(4, error.line());
        assertEquals("line 4: expected a 'Published :`YYYY-MM-DD HH:MM:SS`' line", error.getMessage());
    }

    @Test
    void rejectsAMalformedPublishedDate() {
        // given / when
        ArticleFormatException error = failureFor(Articles.withLine(3, "Published :`16/07/2024 21:08`"));
        // then
        assertEquals(3, error.line());
        assertEquals("line 3: expected a 'Published :`YYYY-MM-DD HH:MM:SS`' line", error.getMessage());
    }

    @Test
    void rejectsAPublishedLineWithoutBackticks() {
        assertEquals(3, failureFor(Articles.withLine(3, "Published : 2024-07-16 21:08:57")).line());
    }

    @Test
    void rejectsAnImpossibleCalendarDateNamingIt() {
        // given / when
        ArticleFormatException error = failureFor(Articles.withLine(3, "Published :`2024-13-40 21:08:57`"));
        // then
        assertEquals(3, error.line());
        assertTrue(error.getMessage().contains("2024-13-40"), error.getMessage());
    }

    @Test
    void rejectsTheThirtiethOfFebruary() {
        assertEquals(3, failureFor(Articles.withLine(3, "Published :`2023-02-30 10:00:00`")).line());
    }

    @Test
    void rejectsAnOutOfRangeZoneOffset() {
        assertEquals(3, failureFor(Articles.withLine(3, "Published :`2024-07-16 21:08:57+25:00`")).line());
    }

    @Test
    void rejectsAMissingOpeningSeparatorAtTheFirstBodyLine() {
        // given the opening separator removed, so the body text starts on line 6
        // when
        ArticleFormatException error = failureFor(Articles.withoutLine(5));
        // then
        assertEquals(6, error.line());
        assertTrue(error.getMessage().contains("opening '---'"), error.getMessage());
    }

    @Test
    void rejectsAMissingClosingSeparatorPointingAtTheOpeningOne() {
        // given / when
        ArticleFormatException error = failureFor(Articles.withoutLine(12));
        // then
        assertEquals(5, error.line());
        assertTrue(error.getMessage().contains("never closed"), error.getMessage());
    }

    @Test
    void rejectsAnEmptyBodyAtTheClosingSeparator() {
        // given
        String text = "# Title\n\nPublished :`2024-07-16 21:08:57`\n\n---\n\n   \n\n---\n";
        // when
        ArticleFormatException error = failureFor(text);
        // then
        assertEquals(9, error.line());
        assertTrue(error.getMessage().contains("empty"), error.getMessage());
    }

    @Test
    void rejectsTextAfterTheClosingSeparator() {
        // given
        String text = Articles.clean() + "\nP.S. forgot this\n";
        // when
        ArticleFormatException error = failureFor(text);
        // then
        assertEquals(14, error.line());
        assertTrue(error.getMessage().contains("after the closing"), error.getMessage());
    }

    @Test
    void rejectsInvalidUtf8NamingTheLineOfTheBadByte() {
        // given the first byte of line 7 replaced by 0xFF
        byte[] bytes = Articles.clean().getBytes(StandardCharsets.UTF_8);
        int line7Start = Articles.clean().indexOf("Acme Corp said");
        bytes[line7Start] = (byte) 0xFF;
        // when
        ArticleFormatException error = assertThrows(ArticleFormatException.class, () -> parser.parse(bytes));
        // then
        assertEquals(7, error.line());
        assertTrue(error.getMessage().contains("UTF-8"), error.getMessage());
    }

    @Test
    void rejectsATruncatedMultiByteSequence() {
        // given "é" cut after its first byte at the end of line 10
        String text = Articles.withLine(10, "The deal closes next year.\u00e9");
        byte[] full = text.getBytes(StandardCharsets.UTF_8);
        int accentAt = new String(full, StandardCharsets.UTF_8).indexOf('\u00e9'); // ASCII before it, so chars == bytes
        byte[] truncated = new byte[full.length - 1];
        System.arraycopy(full, 0, truncated, 0, accentAt + 1);
        System.arraycopy(full, accentAt + 2, truncated, accentAt + 1, full.length - accentAt - 2);
        // when
        ArticleFormatException error = assertThrows(ArticleFormatException.class, () -> parser.parse(truncated));
        // then
        assertEquals(10, error.line());
    }

    @Test
    void rejectsMoreThanOneMebibyteOfBytesBeforeDecoding() {
        // given bytes that are not even valid UTF-8, to prove size is checked first
        byte[] bytes = new byte[ArticleParser.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) 0xFF);
        // when
        ArticleTooLargeException error = assertThrows(ArticleTooLargeException.class, () -> parser.parse(bytes));
        // then
        assertEquals("article is larger than the 1 MiB limit (1048577 bytes)", error.getMessage());
    }

    @Test
    void rejectsAStringWhoseUtf8FormExceedsTheLimit() {
        // given half a million two-byte chars: under the limit in chars, over it in bytes
        String text = Articles.clean() + "\u00e9".repeat(ArticleParser.MAX_BYTES / 2);
        // when
        ArticleTooLargeException error = assertThrows(ArticleTooLargeException.class, () -> parser.parse(text));
        // then
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, error.actualBytes());
    }
}

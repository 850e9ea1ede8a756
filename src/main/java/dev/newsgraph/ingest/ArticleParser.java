package dev.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsgraph.article.ArticleInput;
import dev.newsgraph.graphql.PlainText;

/**
 * Parses the news Markdown layout: {@code # title}, a {@code Published :`YYYY-MM-DD HH:MM:SS`} line,
 * then body paragraphs between two {@code ---} separators. Strict about structure, lenient about
 * line endings, a BOM, blank lines and trailing spaces. Times without a zone are UTC.
 */
public final class ArticleParser {

    public static final int MAX_BYTES = 1024 * 1024;

    private static final String SEPARATOR = "---";
    private static final String PUBLISHED_FORM = "'Published :`YYYY-MM-DD HH:MM:SS`'";
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "Published ?:[ \\t]*`(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})(Z|[+-]\\d{2}:\\d{2})?`");
    // STRICT + 'uuuu' so impossible dates such as 2024-02-30 are rejected rather than adjusted
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter
            .ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    /** Parses raw file bytes, which must be UTF-8 and at most {@link #MAX_BYTES} long. */
    public ParsedArticle parse(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        if (utf8.length > MAX_BYTES) {
            throw new ArticleTooLargeException(utf8.length);
        }
        return parseLines(Utf8Text.decodeStrictly(utf8));
    }

    /** Parses already-decoded text; the UTF-8 size limit still applies. */
    public ParsedArticle parse(String text) {
        Objects.requireNonNull(text, "text");
        long size = Utf8Text.encodedLength(text);
        if (size > MAX_BYTES) {
            throw new ArticleTooLargeException(size);
        }
        return parseLines(text);
    }

    private ParsedArticle parseLines(String text) {
        List<String> lines = splitLines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (!PlainText.Validator.isPlain(lines.get(i))) {
                throw new ArticleFormatException(i + 1, "contains a control character (such as NUL) or broken unicode");
            }
        }
        LineCursor cursor = new LineCursor(lines);
        String title = readTitle(cursor);
        int titleLine = cursor.lineNumber();
        Instant publishedAt = readPublished(cursor, titleLine);
        int openingLine = readOpeningSeparator(cursor);
        List<String> paragraphs = new ArrayList<>();
        int closingLine = readBody(cursor, openingLine, paragraphs);
        if (paragraphs.isEmpty()) {
            throw new ArticleFormatException(closingLine, "the body between the '---' separators on lines "
                    + openingLine + " and " + closingLine + " is empty");
        }
        if (cursor.nextNonBlank()) {
            throw new ArticleFormatException(cursor.lineNumber(),
                    "unexpected text after the closing '---' separator on line " + closingLine);
        }
        return new ParsedArticle(title, publishedAt, paragraphs);
    }

    private static String readTitle(LineCursor cursor) {
        if (!cursor.nextNonBlank()) {
            throw new ArticleFormatException(0, "the article is empty; expected a '# <title>' line");
        }
        String line = cursor.line();
        String title = line.startsWith("# ") ? line.substring(2).strip() : "";
        if (title.isEmpty()) {
            throw new ArticleFormatException(cursor.lineNumber(),
                    "expected a '# <title>' line as the first non-blank line");
        }
        if (title.length() > ArticleInput.TITLE_MAX_LENGTH) {
            throw new ArticleFieldTooLongException(cursor.lineNumber(), "title", title.length(),
                    ArticleInput.TITLE_MAX_LENGTH);
        }
        return title;
    }

    private static Instant readPublished(LineCursor cursor, int titleLine) {
        if (!cursor.nextNonBlank()) {
            throw new ArticleFormatException(titleLine,
                    "the article ends after the title; expected a " + PUBLISHED_FORM + " line");
        }
        Matcher matcher = PUBLISHED_LINE.matcher(cursor.line());
        if (!matcher.matches()) {
            throw new ArticleFormatException(cursor.lineNumber(), "expected a " + PUBLISHED_FORM + " line");
        }
        String localText = matcher.group(1);
        try {
            LocalDateTime local = LocalDateTime.parse(localText, LOCAL_TIME);
            ZoneOffset offset = matcher.group(2) == null ? ZoneOffset.UTC : ZoneOffset.of(matcher.group(2));
            return local.toInstant(offset);
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException(cursor.lineNumber(),
                    "invalid publishing date-time '" + localText + "'");
        } catch (DateTimeException e) {
            throw new ArticleFormatException(cursor.lineNumber(),
                    "invalid zone offset '" + matcher.group(2) + "'");
        }
    }

    private static int readOpeningSeparator(LineCursor cursor) {
        int publishedLine = cursor.lineNumber();
        if (!cursor.nextNonBlank()) {
            throw new ArticleFormatException(publishedLine,
                    "the article ends after the Published line; expected the opening '---' separator");
        }
        if (!cursor.line().equals(SEPARATOR)) {
            throw new ArticleFormatException(cursor.lineNumber(),
                    "expected the opening '---' separator after the Published line");
        }
        return cursor.lineNumber();
    }

    /** Collects paragraphs into {@code paragraphs} and returns the closing separator's line number. */
    private static int readBody(LineCursor cursor, int openingLine, List<String> paragraphs) {
        StringBuilder paragraph = new StringBuilder();
        while (cursor.advance()) {
            String line = cursor.line();
            if (line.equals(SEPARATOR)) {
                flushParagraph(paragraph, paragraphs);
                return cursor.lineNumber();
            }
            if (line.isBlank()) {
                flushParagraph(paragraph, paragraphs);
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line.strip());
            }
        }
        throw new ArticleFormatException(openingLine,
                "the '---' separator opened here is never closed; expected a closing '---' line");
    }

    private static void flushParagraph(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    /** Splits on CRLF, LF or CR, drops a leading BOM and trailing blanks of every line. */
    private static List<String> splitLines(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < withoutBom.length(); i++) {
            char c = withoutBom.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(withoutBom.substring(start, i).stripTrailing());
                if (c == '\r' && i + 1 < withoutBom.length() && withoutBom.charAt(i + 1) == '\n') {
                    i++; // CRLF is one line end
                }
                start = i + 1;
            }
        }
        lines.add(withoutBom.substring(start).stripTrailing());
        return lines;
    }

    /** Walks the lines while remembering the 1-based number of the current one. */
    private static final class LineCursor {
        private final List<String> lines;
        private int index = -1;

        LineCursor(List<String> lines) {
            this.lines = lines;
        }

        boolean advance() {
            if (index + 1 >= lines.size()) {
                return false;
            }
            index++;
            return true;
        }

        boolean nextNonBlank() {
            while (advance()) {
                if (!line().isBlank()) {
                    return true;
                }
            }
            return false;
        }

        String line() {
            return lines.get(index);
        }

        int lineNumber() {
            return index + 1;
        }
    }
}

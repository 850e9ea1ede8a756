package dev.newsgraph.linking;

/** The character rules shared by name patterns and scanned text, so both sides fold identically. */
final class TextFolding {

    private TextFolding() {
    }

    /** Includes no-break and other Unicode spaces, which {@link Character#isWhitespace} leaves out. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Curly apostrophes become straight ones so "Kaspersky’s" and "Kaspersky's" look alike. */
    static char unifyApostrophe(char c) {
        return c == '\u2019' || c == '\u2018' ? '\'' : c;
    }

    /** Lower-cases one code point in place, leaving it alone if the lower form has a different length. */
    static int foldInto(char[] source, int index, char[] target) {
        int codePoint = Character.codePointAt(source, index);
        int width = Character.charCount(codePoint);
        int lower = Character.toLowerCase(codePoint);
        int written = Character.charCount(lower) == width ? lower : codePoint;
        Character.toChars(written, target, index);
        return width;
    }

    /** Upper-case, title-case or digit: what a proper noun or a shouted headline starts with. */
    static boolean isCapitalOrDigit(int codePoint) {
        return Character.isUpperCase(codePoint) || Character.isTitleCase(codePoint) || Character.isDigit(codePoint);
    }

    /** Trims, collapses whitespace runs to one space and unifies apostrophes, as done for names. */
    static String normalizeName(String name) {
        StringBuilder normalized = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isSpace(c)) {
                pendingSpace = normalized.length() > 0;
                continue;
            }
            if (pendingSpace) {
                normalized.append(' ');
                pendingSpace = false;
            }
            normalized.append(unifyApostrophe(c));
        }
        return normalized.toString();
    }

    /** Case-folds a whole normalized string with the same per-code-point rule used for text. */
    static String fold(String normalized) {
        char[] source = normalized.toCharArray();
        char[] folded = new char[source.length];
        for (int i = 0; i < source.length; ) {
            i += foldInto(source, i, folded);
        }
        return new String(folded);
    }
}

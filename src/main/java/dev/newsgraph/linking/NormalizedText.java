package dev.newsgraph.linking;

/**
 * A text with whitespace runs collapsed to one space and apostrophes unified, plus its case-folded twin
 * and a map back to original offsets, so matches found on the normalized form report original spans.
 */
final class NormalizedText {

    final char[] chars;
    final char[] folded;
    private final int[] originalIndex;
    final int length;

    NormalizedText(String original) {
        char[] normalized = new char[original.length()];
        int[] mapping = new int[original.length()];
        int size = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (TextFolding.isSpace(c)) {
                if (i > 0 && TextFolding.isSpace(original.charAt(i - 1))) {
                    continue; // the run already produced its single space
                }
                c = ' ';
            }
            normalized[size] = TextFolding.unifyApostrophe(c);
            mapping[size] = i;
            size++;
        }
        this.length = size;
        this.chars = normalized;
        this.originalIndex = mapping;
        this.folded = new char[size];
        for (int i = 0; i < size; ) {
            i += TextFolding.foldInto(normalized, i, folded);
        }
    }

    /** Original offset of the normalized char at {@code index}. */
    int originalStart(int index) {
        return originalIndex[index];
    }

    /** Original exclusive end of a span whose last normalized char is non-space. */
    int originalEnd(int exclusiveEnd) {
        return originalIndex[exclusiveEnd - 1] + 1;
    }

    /** True when the span is not glued to a letter or digit on either side. */
    boolean isWholeWord(int start, int end) {
        if (start > 0 && Character.isLetterOrDigit(Character.codePointBefore(chars, start))) {
            return false;
        }
        return end >= length || !Character.isLetterOrDigit(Character.codePointAt(chars, end, length));
    }

    /** The normalized (unfolded) text of a span, used for exact-case acronym checks. */
    String slice(int start, int end) {
        return new String(chars, start, end - start);
    }
}

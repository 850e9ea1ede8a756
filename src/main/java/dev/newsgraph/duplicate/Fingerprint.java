package dev.newsgraph.duplicate;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The near-duplicate fingerprint of an article's body: a MinHash signature over its 3-word shingles
 * (case and accents folded), and its LSH band keys.
 *
 * Why MinHash and not SimHash: a syndicated copy keeps most sentences and changes a headline, a lead
 * or a closing paragraph; the share of shared shingles (Jaccard) measures exactly that, and MinHash
 * estimates it with a known error (about 1/sqrt(64) = 0.125 here), while SimHash's Hamming distance
 * responds to the frequent words as much as to the shared phrasing. Banding turns the signature into
 * keys that two similar bodies share with high probability, so candidates come from an index lookup.
 * With 32 bands of 2 rows, a pair of Jaccard j shares a key with probability 1 - (1 - j^2)^32: 0.99 at
 * j = 0.4, 0.87 at 0.25, 0.28 at 0.1; candidates are then checked against {@link #THRESHOLD}. Rewrites in
 * the labelled set share 0.38 or more of their shingles, distinct stories on the same topic none
 * (docs/duplicates.md); 4-row bands missed a third of the rewrites.
 */
public record Fingerprint(int[] signature) {

    static final int SHINGLE_WORDS = 3;
    static final int HASHES = 64;
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;

    /** Estimated Jaccard similarity from which two bodies are the same story (measured: docs/duplicates.md). */
    static final double THRESHOLD = 0.25;

    /** Shorter bodies share too many stock phrases with unrelated ones to be compared. */
    static final int MIN_WORDS = 25;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long seed = 0x6E657773L; // fixed: signatures are stored, so every instance and version must agree
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            SEEDS[i] = seed;
        }
    }

    /** The fingerprint of a body, or null when it has too few words to compare. */
    public static Fingerprint of(String body) {
        int[] words = wordHashes(body);
        if (words.length < MIN_WORDS) {
            return null;
        }
        int[] signature = new int[HASHES];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (int start = 0; start + SHINGLE_WORDS <= words.length; start++) {
            long shingle = 0x84222325CBF29CE4L;
            for (int w = start; w < start + SHINGLE_WORDS; w++) {
                shingle = mix(shingle ^ words[w]) + w - start;
            }
            for (int i = 0; i < HASHES; i++) {
                // the top 31 bits of a seeded mix: a family of independent-enough hash functions
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return new Fingerprint(signature);
    }

    /** The share of equal positions: an estimate of the bodies' Jaccard similarity. */
    public double similarity(Fingerprint other) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (signature[i] == other.signature[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    public boolean sameStory(Fingerprint other) {
        return similarity(other) >= THRESHOLD;
    }

    /** One key per band, the band's number mixed in, so one index on the key serves every band. */
    public long[] bandKeys() {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = mix(band + 1L);
            for (int row = 0; row < ROWS; row++) {
                key = mix(key ^ signature[band * ROWS + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    public String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int h : signature) {
            bytes.putInt(h);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    public static Fingerprint decode(String text) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(text));
        int[] signature = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            signature[i] = bytes.getInt();
        }
        return new Fingerprint(signature);
    }

    /**
     * The {@link String#hashCode} of each word of the folded body, in order: what the shingles are made of.
     * A body of ASCII and plain separators (see {@link #isPlainSeparator}) is folded and split in one loop,
     * without strings; any other goes through {@link #words}, the definition. Both give the same hashes
     * (FingerprintWordsTest), so stored signatures stay valid.
     */
    static int[] wordHashes(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= 0x80 && !isPlainSeparator(c)) {
                return words(body).stream().mapToInt(String::hashCode).toArray();
            }
        }
        int[] hashes = new int[Math.max(16, body.length() / 5)];
        int count = 0;
        int hash = 0;
        boolean inWord = false;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : ' '; // one separator past the end closes the last word
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                hash = 31 * hash + c;
                inWord = true;
            } else if (inWord) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = hash;
                hash = 0;
                inWord = false;
            }
        }
        return Arrays.copyOf(hashes, count);
    }

    /**
     * Characters beyond ASCII that news text is full of and that stay separators when folded (no letter, digit or
     * mark comes out of them): the no-break space, guillemets and the General Punctuation block (curly quotes,
     * dashes, ellipsis, Unicode spaces). Between ASCII words they only separate, as in the definition's split.
     */
    static boolean isPlainSeparator(char c) {
        return c == '\u00A0' || c == '\u00AB' || c == '\u00BB' || (c >= '\u2000' && c <= '\u206F');
    }

    /** The definition: the body decomposed, accents (marks) dropped, lower-cased, split at every run of non-letters and non-digits. */
    static List<String> words(String body) {
        String folded = MARKS.matcher(Normalizer.normalize(body, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** SplitMix64's finalizer: a fast, well-spread 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint f && java.util.Arrays.equals(signature, f.signature);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "Fingerprint" + java.util.Arrays.toString(signature);
    }
}

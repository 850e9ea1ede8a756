package dev.newsgraph.duplicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The fingerprint's one-loop word split gives the hashes of its definition ({@link Fingerprint#words}: decompose,
 * drop marks, lower-case, split at non-letters and non-digits), so signatures stored before it stay comparable.
 */
class FingerprintWordsTest {

    private static final String BODY = "Northwind Air grounded all 212 of its flights on Tuesday \u2014 a \u201csoftware fault\u201d"
            + " in its booking system, the airline\u2019s spokesperson said. Passengers\u00a0in Denver, Boston and S\u00e3o Paulo"
            + " waited for hours; the carrier said it would refund every ticket\u2026 and rebook travellers free of charge"
            + " within 48 hours, its chief executive told reporters.";

    /** Encoded by the build before the one-loop split (main at 8a63148), for the body with and without its accent. */
    private static final String STORED = "AGYw3QAFkgoBD+W9AWGWCQMk0fUBiHRSAOieMgLDIe4AVk4KAnBJmQBceqQB9fdGAWJtZgGUns4BRGmpBXt0Wg"
            + "ApUScBKn+mAPpnrwNomWoA2N/FAVda+ASKX/oAvS90A5xu7QLCnfMB5UFOAkkdMwO+adUBmAZ1A0OpcwCIIbsDhJMyAtQppwAHCigKyQzAAKmo+A"
            + "NpFOcDBK86ApvBpQUnw7kBPax8AO3TdADVV54DQLvKAB6KZAJgb9oCXKENAN0PhQJNepsG3Q7eAJNFkQDG02kBeORTBBny+QkBx2wBOGDwB48rHQ"
            + "DVGAMBH7TZAvSQbgEQj3MAPjFjAFX7jw==";

    @Test
    void signaturesAreThoseStoredBefore() {
        assertEquals(STORED, Fingerprint.of(BODY).encode()); // an accent: the definition's path
        assertEquals(STORED, Fingerprint.of(BODY.replace("S\u00e3o", "Sao")).encode()); // ASCII and plain separators: the loop
    }

    @Test
    void theLabelledStoriesSplitAsDefined() throws IOException {
        for (String body : FingerprintEvaluationTest.stories().values()) {
            assertArrayEquals(defined(body), Fingerprint.wordHashes(body));
        }
    }

    /** Random texts over ASCII, the plain separators and characters that take the definition's path. */
    @Test
    void randomTextsSplitAsDefined() {
        String alphabet = "aZ09 .,;'-_\t\n\u00a0\u00ab\u00bb\u2014\u2019\u201c\u2026\u200b\u2060" // the loop's
                + "\u00e9\u00c9\u0301\u00b2\u00b5\u03a3\u03c3\u0130\ufb01\uac00\u2160"; // accents, marks, ², µ, sigma, İ, ligature, Hangul, numeral
        Random random = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            // most texts from the loop's characters alone, the others mixed
            int range = n % 2 == 0 ? alphabet.indexOf('\u00e9') : alphabet.length();
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(range)));
            }
            assertArrayEquals(defined(text.toString()), Fingerprint.wordHashes(text.toString()), () -> "text: " + text);
        }
    }

    /** Each plain separator, folded as the definition folds, holds no letter, digit or mark: it can only separate words. */
    @Test
    void plainSeparatorsOnlySeparate() {
        Pattern wordChar = Pattern.compile("[\\p{L}\\p{N}\\p{M}]");
        int count = 0;
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (!Fingerprint.isPlainSeparator(c)) {
                continue;
            }
            count++;
            String s = String.valueOf(c);
            String folded = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT); // U+2000 → U+2002…
            assertFalse(wordChar.matcher(folded).find(), () -> Integer.toHexString(s.charAt(0)));
        }
        assertTrue(count > 100, "separators: " + count);
    }

    private static int[] defined(String body) {
        return Fingerprint.words(body).stream().mapToInt(String::hashCode).toArray();
    }
}

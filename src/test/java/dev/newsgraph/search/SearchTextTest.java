package dev.newsgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.graphql.ApiException;
import dev.newsgraph.graphql.ErrorCode;

class SearchTextTest {

    @Test
    void foldsCaseAccentsApostrophesAndPunctuation() {
        assertEquals(" kaspersky lab ", SearchText.fold("  Kásperský   LAB! "));
        assertEquals(" kasperskys u s staff ", SearchText.fold("Kaspersky’s U.S. staff"));
        assertEquals(" strasse fi ", SearchText.fold("Straße ﬁ"));
        assertEquals(" ", SearchText.fold("—"));
        assertEquals(" ", SearchText.fold(null));
        // plain ASCII takes a shorter path to the same result
        assertEquals(" kasperskys u s staff 2024 ", SearchText.fold("Kaspersky's U.S. Staff\t(2024)"));
        assertEquals(" cafe kaspersky s ", SearchText.fold("Café — Kaspersky' S"));
    }

    @Test
    void cutsAtAWordBoundaryWithinTheColumnLength() {
        assertEquals(" alpha ", SearchText.fold("alpha beta", 8));
    }

    @Test
    void quotedTextIsOnePhraseAndOtherWordsAreTermsOfTheirOwn() {
        assertEquals(List.of("commerce department", "ban"), SearchTerms.parse("\"Commerce Department\" BAN").terms());
        assertEquals(List.of("commerce", "department"), SearchTerms.parse("commerce  department commerce").terms());
        assertEquals(List.of("u s", "ban"), SearchTerms.parse("U.S. ban").terms());
        assertEquals(List.of("open phrase"), SearchTerms.parse("\"open phrase").terms());
        assertEquals(" kaspersky lab ", SearchTerms.parse("Kaspersky Lab").exact());
        assertEquals("% kasp%", SearchTerms.parse("kasp").pattern(0));
    }

    @Test
    void blankOrWordlessOrOverlongTextIsRefused() {
        for (String text : new String[] { "", "   ", "\t\n", "!!! ...", "\"\"", "a".repeat(201) }) {
            ApiException refused = assertThrows(ApiException.class, () -> SearchTerms.parse(text));
            assertEquals(ErrorCode.VALIDATION, refused.code());
        }
        assertThrows(ApiException.class, () -> SearchTerms.parse("a b c d e f g h i j k"));
    }
}

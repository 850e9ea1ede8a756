package dev.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(range -> text.substring(range.start(), range.end())).toList();
    }

    @Test
    void splitsAtTerminatorsFollowedByACapitalDigitOrOpeningQuote() {
        assertEquals(List.of("One.", "Two!", "Three?", "4 more.", "“Quoted.”"),
                sentences("One. Two! Three? 4 more. “Quoted.”"));
    }

    @Test
    void keepsClosingQuotesAndParenthesesWithTheirSentence() {
        assertEquals(List.of("He said “stop.”", "(It did.)", "Then it went."),
                sentences("He said “stop.” (It did.) Then it went."));
    }

    @Test
    void doesNotSplitAfterAbbreviationsOrBeforeLowerCase() {
        assertEquals(List.of("The U.S. Commerce Dept. rules and Mr. Smith of Acme Inc. agree with e.g. this.",
                        "Next."),
                sentences("The U.S. Commerce Dept. rules and Mr. Smith of Acme Inc. agree with e.g. this. Next."));
    }

    @Test
    void paragraphBreaksAlwaysEndASentence() {
        assertEquals(List.of("No full stop here", "lower case start"),
                sentences("No full stop here\n\n  lower case start"));
    }

    @Test
    void singleLineBreaksDoNotEndASentence() {
        assertEquals(List.of("A wrapped\nsentence."), sentences("A wrapped\nsentence."));
    }
}

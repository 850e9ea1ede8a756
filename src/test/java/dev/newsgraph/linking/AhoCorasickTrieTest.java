package dev.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTrieTest {

    private static List<String> occurrences(List<String> patterns, String text) {
        AhoCorasickTrie trie = new AhoCorasickTrie(patterns);
        List<String> found = new ArrayList<>();
        trie.scan(text.toCharArray(), text.length(),
                (id, start, end) -> found.add(patterns.get(id) + "@" + start + "-" + end));
        return found;
    }

    @Test
    void reportsEveryOverlappingOccurrenceIncludingSuffixPatterns() {
        // given the classic he/she/his/hers dictionary
        List<String> patterns = List.of("he", "she", "his", "hers");
        // when
        List<String> found = occurrences(patterns, "ushers");
        // then
        assertEquals(List.of("she@1-4", "he@2-4", "hers@2-6"), found);
    }

    @Test
    void followsFailureLinksAcrossPartialMatches() {
        // given
        List<String> patterns = List.of("abcd", "bce", "c");
        // when
        List<String> found = occurrences(patterns, "abce");
        // then
        assertEquals(List.of("c@2-3", "bce@1-4"), found);
    }

    @Test
    void findsNothingInUnrelatedText() {
        assertEquals(List.of(), occurrences(List.of("xyz"), "abcabc"));
    }
}

package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.newsgraph.organization.OrganizationInput;

/**
 * Proposes organization names that the gazetteer does not know yet: capitalised phrases ending in an
 * organizational word (Lab, Department, Inc, ...) or "Department of X"-style phrases always qualify;
 * other multi-word proper names and 2–6 letter acronyms need two occurrences, one not at a sentence start.
 */
public final class SuggestionFinder {

    private static final int MAX_WORDS = 6;
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "&");
    private static final Set<String> ORGANIZATION_ENDINGS = Set.of("Lab", "Labs", "Inc", "Corp", "Corporation",
            "Company", "Department", "Agency", "Commission", "Committee", "Authority", "Court", "Airlines", "Group",
            "Bank", "Ministry", "Office", "Bureau", "Council", "University", "Institute", "Foundation",
            "Association", "Ltd", "LLC", "GmbH");
    private static final Set<String> ORGANIZATION_OPENINGS = Set.of("Department", "Ministry", "Bureau", "Office");
    // words that are capitalised merely because they open a sentence
    private static final Set<String> LEADING_STOP_WORDS = Set.of("The", "A", "An", "In", "On", "At", "It", "Its",
            "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "More", "Most", "Just", "But",
            "And", "Or", "So", "If", "When", "While", "After", "Before", "As", "For", "From", "With", "By", "Of",
            "To", "Also", "However", "Meanwhile", "According", "Some", "Many", "His", "Her", "Their", "Our",
            "There", "Here", "What", "Why", "How", "Who", "Where", "Which", "Then", "Now", "Yet", "Not", "No",
            "All", "Both", "Each", "Every", "Other", "Such", "Since", "Despite", "During", "Under", "Over",
            "Later", "Earlier", "Last", "Next", "First", "Still", "Even", "Only", "Instead", "Today", "Yesterday");
    // countries and common abbreviations are proper names but not organizations
    private static final Set<String> NOT_ORGANIZATIONS = Set.of("us", "usa", "uk", "uae", "tv", "am", "pm", "ok",
            "ceo", "cfo", "cto", "id", "united states", "united kingdom", "united arab emirates", "new zealand",
            "south korea", "north korea", "saudi arabia", "south africa", "hong kong", "new york", "los angeles");

    /** One sighting of a candidate name. */
    private record Occurrence(String name, int start, int end, boolean atSentenceStart, boolean organizational) {
    }

    /** Running totals for one case-insensitive name. */
    private static final class Tally {
        final String displayName;
        int count;
        boolean organizational;
        boolean seenMidSentence;
        boolean overlapsKnownName;

        Tally(String displayName) {
            this.displayName = displayName;
        }

        boolean qualifies() {
            return !overlapsKnownName && (organizational || (count >= 2 && seenMidSentence));
        }
    }

    /** Unknown organization-like names in title and body, most frequent first, then alphabetical. */
    public List<Suggestion> find(String title, String body, Gazetteer known) {
        Objects.requireNonNull(known, "known");
        return find(known.scan(title, body));
    }

    /** The same, for a text the gazetteer has already scanned for known names. */
    public List<Suggestion> find(Gazetteer.Scan scan) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (int part = 0; part < 2; part++) {
            String text = part == 0 ? scan.title() : scan.body();
            List<MatchSpan> knownSpans = part == 0 ? scan.titleSpans() : scan.bodySpans();
            List<SentenceSplitter.Range> sentences = part == 0 ? scan.titleSentences() : scan.bodySentences();
            int firstUnpassedSpan = 0; // occurrences and spans both come in text order
            for (Occurrence occurrence : occurrences(text, sentences)) {
                Tally tally = tallies.computeIfAbsent(occurrence.name().toLowerCase(Locale.ROOT),
                        key -> new Tally(occurrence.name()));
                tally.count++;
                tally.organizational |= occurrence.organizational();
                tally.seenMidSentence |= !occurrence.atSentenceStart();
                while (firstUnpassedSpan < knownSpans.size() && knownSpans.get(firstUnpassedSpan).end() <= occurrence.start()) {
                    firstUnpassedSpan++;
                }
                tally.overlapsKnownName |= firstUnpassedSpan < knownSpans.size()
                        && knownSpans.get(firstUnpassedSpan).overlaps(occurrence.start(), occurrence.end());
            }
        }
        List<Suggestion> suggestions = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            if (tally.qualifies() && !NOT_ORGANIZATIONS.contains(key)) {
                suggestions.add(new Suggestion(tally.displayName, tally.count));
            }
        });
        suggestions.sort(Comparator.comparingInt(Suggestion::count).reversed()
                .thenComparing(Suggestion::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Suggestion::name));
        return List.copyOf(suggestions);
    }

    /** Cuts the text into maximal capitalised phrases and turns each into at most one candidate. */
    private static List<Occurrence> occurrences(String text, List<SentenceSplitter.Range> sentences) {
        List<WordTokenizer.Word> words = WordTokenizer.words(text);
        Set<Integer> sentenceStarts = sentenceInitialWordStarts(sentences, words);
        List<Occurrence> found = new ArrayList<>();
        List<WordTokenizer.Word> phrase = new ArrayList<>();
        for (WordTokenizer.Word word : words) {
            if (!phrase.isEmpty() && !continuesPhrase(text, phrase.get(phrase.size() - 1), word)) {
                addCandidate(phrase, sentenceStarts, found);
            }
            if (isCapitalised(word) || (!phrase.isEmpty() && CONNECTORS.contains(word.text()))) {
                phrase.add(word);
            } else {
                addCandidate(phrase, sentenceStarts, found);
            }
        }
        addCandidate(phrase, sentenceStarts, found);
        return found;
    }

    /** Turns a phrase into candidates (one per joined name), then clears it for the next phrase. */
    private static void addCandidate(List<WordTokenizer.Word> phrase, Set<Integer> sentenceStarts,
                                     List<Occurrence> found) {
        List<WordTokenizer.Word> words = new ArrayList<>(phrase);
        phrase.clear();
        boolean atSentenceStart = !words.isEmpty() && sentenceStarts.contains(words.get(0).start());
        int partStart = 0;
        for (int i = 1; i + 1 < words.size(); i++) {
            if (joinsTwoNames(words, i)) {
                addPartCandidate(words.subList(partStart, i), atSentenceStart && partStart == 0, found);
                partStart = i + 1;
            }
        }
        addPartCandidate(words.subList(partStart, words.size()), atSentenceStart && partStart == 0, found);
    }

    /** "Zeta Bank and Alpha Bank", "NTSB and Delta": an "and"/"&" after an acronym or organizational ending. */
    private static boolean joinsTwoNames(List<WordTokenizer.Word> words, int connectorIndex) {
        String connector = words.get(connectorIndex).text();
        if (!connector.equals("and") && !connector.equals("&")) {
            return false;
        }
        WordTokenizer.Word before = words.get(connectorIndex - 1);
        return ORGANIZATION_ENDINGS.contains(before.text()) || isAcronym(before)
                || ORGANIZATION_OPENINGS.contains(words.get(connectorIndex + 1).text());
    }

    private static void addPartCandidate(List<WordTokenizer.Word> part, boolean atSentenceStart,
                                         List<Occurrence> found) {
        List<WordTokenizer.Word> words = new ArrayList<>(part);
        trimTrailingConnectors(words);
        boolean firstWordAtSentenceStart = atSentenceStart;
        while (!words.isEmpty() && (LEADING_STOP_WORDS.contains(words.get(0).text())
                || CONNECTORS.contains(words.get(0).text()))) {
            words.remove(0);
            firstWordAtSentenceStart = false; // what remains was capitalised on its own merits
        }
        List<WordTokenizer.Word> organizational = organizationalPart(words);
        if (organizational != null) {
            keep(found, occurrence(organizational,
                    firstWordAtSentenceStart && organizational.get(0) == words.get(0), true));
        } else if ((words.size() >= 2 && words.size() <= MAX_WORDS) || (words.size() == 1 && isAcronym(words.get(0)))) {
            keep(found, occurrence(words, firstWordAtSentenceStart, false));
        }
    }

    /** The "X of Y" opening form or the prefix ending at the last organizational word, else null. */
    private static List<WordTokenizer.Word> organizationalPart(List<WordTokenizer.Word> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (ORGANIZATION_OPENINGS.contains(words.get(i).text()) && words.get(i + 1).text().equals("of")) {
                return lastWords(words, words.size());
            }
        }
        for (int i = words.size() - 1; i >= 1; i--) {
            if (ORGANIZATION_ENDINGS.contains(words.get(i).text())) {
                return lastWords(words, i + 1);
            }
        }
        return null;
    }

    /** At most {@link #MAX_WORDS} words ending before {@code endExclusive}, never opening on a connector. */
    private static List<WordTokenizer.Word> lastWords(List<WordTokenizer.Word> words, int endExclusive) {
        List<WordTokenizer.Word> kept = new ArrayList<>(words.subList(Math.max(0, endExclusive - MAX_WORDS), endExclusive));
        while (!kept.isEmpty() && CONNECTORS.contains(kept.get(0).text())) {
            kept.remove(0);
        }
        return kept.size() >= 2 ? kept : null;
    }

    /** Keeps a candidate that could be an organization's name (no longer than a name can be). */
    private static void keep(List<Occurrence> found, Occurrence candidate) {
        if (candidate.name().length() <= OrganizationInput.NAME_MAX_LENGTH) {
            found.add(candidate);
        }
    }

    private static Occurrence occurrence(List<WordTokenizer.Word> words, boolean atSentenceStart, boolean organizational) {
        StringBuilder name = new StringBuilder();
        for (WordTokenizer.Word word : words) {
            name.append(name.length() == 0 ? "" : " ").append(word.text());
        }
        WordTokenizer.Word last = words.get(words.size() - 1);
        return new Occurrence(name.toString(), words.get(0).start(), last.end(), atSentenceStart, organizational);
    }

    private static void trimTrailingConnectors(List<WordTokenizer.Word> words) {
        while (!words.isEmpty() && CONNECTORS.contains(words.get(words.size() - 1).text())) {
            words.remove(words.size() - 1);
        }
    }

    /** Only plain whitespace (no blank line) may sit between two words of one phrase; a possessive ends it. */
    private static boolean continuesPhrase(String text, WordTokenizer.Word previous, WordTokenizer.Word next) {
        if (previous.possessive()) {
            return false;
        }
        int newlines = 0;
        for (int i = previous.end(); i < next.start(); i++) {
            char c = text.charAt(i);
            if (!TextFolding.isSpace(c)) {
                return false;
            }
            newlines += c == '\n' ? 1 : 0;
        }
        return newlines < 2;
    }

    private static boolean isCapitalised(WordTokenizer.Word word) {
        int initial = word.text().codePointAt(0);
        return Character.isUpperCase(initial) || Character.isTitleCase(initial);
    }

    /** 2–6 letters, all upper-case, e.g. CNN or NATO. */
    private static boolean isAcronym(WordTokenizer.Word word) {
        String text = word.text();
        return text.length() >= 2 && text.length() <= 6
                && text.codePoints().allMatch(cp -> Character.isLetter(cp) && Character.isUpperCase(cp));
    }

    private static Set<Integer> sentenceInitialWordStarts(List<SentenceSplitter.Range> sentences,
                                                          List<WordTokenizer.Word> words) {
        Set<Integer> starts = new HashSet<>();
        int wordIndex = 0;
        for (SentenceSplitter.Range sentence : sentences) {
            while (wordIndex < words.size() && words.get(wordIndex).start() < sentence.start()) {
                wordIndex++;
            }
            if (wordIndex < words.size() && words.get(wordIndex).start() < sentence.end()) {
                starts.add(words.get(wordIndex).start());
            }
        }
        return starts;
    }
}

package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.newsgraph.organization.OrganizationInput;

/**
 * Cuts a text into maximal capitalised phrases and each phrase into candidate names: "A and B" becomes two
 * candidates of one group, a title or given name starts a person, leading sentence openers are dropped.
 */
final class CandidatePhrases {

    static final int MAX_WORDS = 6;
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "&");
    static final Set<String> ORGANIZATION_ENDINGS = Set.of("Lab", "Labs", "Inc", "Corp", "Corporation",
            "Company", "Department", "Agency", "Commission", "Committee", "Authority", "Court", "Airlines", "Airways",
            "Group", "Bank", "Ministry", "Office", "Bureau", "Council", "University", "Institute", "Institution",
            "Foundation", "Association", "Federation", "Union", "Board", "Administration", "Exchange", "Holdings",
            "Partners", "Networks", "Technologies", "Technology", "Systems", "Services", "Entertainment", "Motors",
            "Financial", "Industries", "Communications", "Pharmaceuticals", "Therapeutics", "Health", "Healthcare",
            "Workers", "Ltd", "LLC", "GmbH", "Plc", "PLC", "AG", "SA");
    static final Set<String> ORGANIZATION_OPENINGS = Set.of("Department", "Ministry", "Bureau", "Office",
            "Association", "Federation", "Institute", "University", "Council", "Commission", "Board", "Bank");
    // words that are capitalised merely because they open a sentence
    private static final Set<String> LEADING_STOP_WORDS = Set.of("The", "A", "An", "In", "On", "At", "It", "Its",
            "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "More", "Most", "Just", "But",
            "And", "Or", "So", "If", "When", "While", "After", "Before", "As", "For", "From", "With", "By", "Of",
            "To", "Also", "However", "Meanwhile", "According", "Some", "Many", "His", "Her", "Their", "Our",
            "There", "Here", "What", "Why", "How", "Who", "Where", "Which", "Then", "Now", "Yet", "Not", "No",
            "All", "Both", "Each", "Every", "Other", "Such", "Since", "Despite", "During", "Under", "Over",
            "Later", "Earlier", "Last", "Next", "First", "Still", "Even", "Only", "Instead", "Today", "Yesterday");

    /** A candidate name at words {@code [first, last]}; {@code group} spans the "A and B" phrase it came from. */
    record Candidate(String name, List<WordTokenizer.Word> words, int first, int last, int groupFirst, int groupLast,
                     boolean atSentenceStart, boolean organizational, boolean person) {
        int start() {
            return words.get(0).start();
        }

        int end() {
            return words.get(words.size() - 1).end();
        }

        boolean singleWord() {
            return words.size() == 1;
        }
    }

    private CandidatePhrases() {
    }

    static List<Candidate> candidates(String text, List<WordTokenizer.Word> words, List<SentenceSplitter.Range> sentences) {
        Set<Integer> sentenceStarts = sentenceInitialWordStarts(sentences, words);
        List<Candidate> found = new ArrayList<>();
        int phraseStart = -1;
        for (int i = 0; i <= words.size(); i++) {
            WordTokenizer.Word word = i < words.size() ? words.get(i) : null;
            boolean continues = word != null && phraseStart >= 0 && continuesPhrase(text, words.get(i - 1), word)
                    && (isCapitalised(word) || CONNECTORS.contains(word.text()));
            if (phraseStart >= 0 && !continues) {
                split(words, phraseStart, i, sentenceStarts.contains(words.get(phraseStart).start()), found);
                phraseStart = -1;
            }
            if (phraseStart < 0 && word != null && isCapitalised(word)) {
                phraseStart = i;
            }
        }
        return found;
    }

    /** Splits the phrase {@code [from, to)} at joining "and"s and at person titles, keeping each part. */
    private static void split(List<WordTokenizer.Word> words, int from, int to, boolean atSentenceStart, List<Candidate> found) {
        int groupLast = to - 1;
        while (groupLast > from && CONNECTORS.contains(words.get(groupLast).text())) {
            groupLast--;
        }
        int partStart = from;
        for (int i = from; i < groupLast; i++) {
            if (i > from && joinsTwoNames(words, from, i, groupLast)) {
                part(words, partStart, i, from, groupLast, atSentenceStart && partStart == from, false, found);
                partStart = i + 1;
            } else if (NameLexicon.PERSON_TITLES.contains(words.get(i).text()) && isCapitalised(words.get(i + 1))
                    && !CONNECTORS.contains(words.get(i + 1).text())) {
                // "Commerce Secretary Gina Raimondo": what follows the title is a person
                part(words, partStart, i, partStart, i - 1, atSentenceStart && partStart == from, false, found);
                part(words, i + 1, groupLast + 1, i + 1, groupLast, false, true, found);
                return;
            }
        }
        part(words, partStart, groupLast + 1, from, groupLast, atSentenceStart && partStart == from, false, found);
    }

    /**
     * "Zeta Bank and Alpha Bank", "Kroger and Albertsons": an "and" splits a phrase unless an "of"/"for"
     * came before it ("Department of Health and Human Services") or only the right side ends like an
     * organization ("United Food and Commercial Workers"); "&" splits only after an ending or an acronym.
     */
    private static boolean joinsTwoNames(List<WordTokenizer.Word> words, int from, int connector, int groupLast) {
        String text = words.get(connector).text();
        WordTokenizer.Word before = words.get(connector - 1);
        boolean leftEnds = ORGANIZATION_ENDINGS.contains(before.text()) || isAcronym(before);
        if (text.equals("&")) {
            return leftEnds || ORGANIZATION_OPENINGS.contains(words.get(connector + 1).text());
        }
        if (!text.equals("and")) {
            return false;
        }
        for (int i = from; i < connector; i++) {
            if (words.get(i).text().equals("of") || words.get(i).text().equals("for")) {
                return false;
            }
        }
        boolean rightEnds = ORGANIZATION_ENDINGS.contains(words.get(groupLast).text());
        return leftEnds || !rightEnds;
    }

    private static void part(List<WordTokenizer.Word> words, int from, int to, int groupFirst, int groupLast,
                             boolean atSentenceStart, boolean person, List<Candidate> found) {
        int first = from;
        int last = to - 1;
        while (last >= first && CONNECTORS.contains(words.get(last).text())) {
            last--;
        }
        boolean firstAtSentenceStart = atSentenceStart;
        if (atSentenceStart && first + 1 <= last && words.get(first + 1).text().equals("of")
                && !ORGANIZATION_OPENINGS.contains(words.get(first).text())) {
            first++; // "Shares of CrowdStrike", "Members of the RMT": the opener is a common noun
            firstAtSentenceStart = false;
        }
        if (atSentenceStart && first < last && isAdverb(words.get(first))) {
            first++; // "Separately Zscaler raised": a sentence-opening adverb
            firstAtSentenceStart = false;
        }
        while (first <= last && (LEADING_STOP_WORDS.contains(words.get(first).text())
                || CONNECTORS.contains(words.get(first).text()))) {
            first++;
            firstAtSentenceStart = false; // what remains was capitalised on its own merits
        }
        if (first > last) {
            return;
        }
        int[] organizational = organizationalPart(words, first, last);
        if (organizational != null) {
            keep(found, candidate(words, organizational[0], organizational[1], groupFirst, groupLast,
                    firstAtSentenceStart && organizational[0] == first, true, person));
        } else if (last - first + 1 <= MAX_WORDS) {
            keep(found, candidate(words, first, last, groupFirst, groupLast, firstAtSentenceStart, false, person));
        }
    }

    /** The "X of Y" opening form or the words ending at the last organizational word, as {first, last}, else null. */
    private static int[] organizationalPart(List<WordTokenizer.Word> words, int first, int last) {
        for (int i = first; i + 2 <= last; i++) {
            if (ORGANIZATION_OPENINGS.contains(words.get(i).text()) && words.get(i + 1).text().equals("of")) {
                return lastWords(words, first, last);
            }
        }
        for (int i = last; i > first; i--) {
            if (ORGANIZATION_ENDINGS.contains(words.get(i).text())) {
                return lastWords(words, first, i);
            }
        }
        return null;
    }

    /** At most {@link #MAX_WORDS} words ending at {@code last}, never opening on a connector. */
    private static int[] lastWords(List<WordTokenizer.Word> words, int first, int last) {
        int from = Math.max(first, last - MAX_WORDS + 1);
        while (from <= last && CONNECTORS.contains(words.get(from).text())) {
            from++;
        }
        return last - from + 1 >= 2 ? new int[] {from, last} : null;
    }

    private static void keep(List<Candidate> found, Candidate candidate) {
        if (candidate.name().length() <= OrganizationInput.NAME_MAX_LENGTH) {
            found.add(candidate);
        }
    }

    private static Candidate candidate(List<WordTokenizer.Word> words, int first, int last, int groupFirst,
                                       int groupLast, boolean atSentenceStart, boolean organizational, boolean person) {
        StringBuilder name = new StringBuilder();
        for (int i = first; i <= last; i++) {
            name.append(i == first ? "" : " ").append(words.get(i).text());
        }
        return new Candidate(name.toString(), List.copyOf(words.subList(first, last + 1)), first, last, groupFirst,
                groupLast, atSentenceStart, organizational, person);
    }

    /** Only plain whitespace (no blank line) may sit between two words of one phrase; a possessive ends it. */
    static boolean continuesPhrase(String text, WordTokenizer.Word previous, WordTokenizer.Word next) {
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

    static boolean isCapitalised(WordTokenizer.Word word) {
        int initial = word.text().codePointAt(0);
        return Character.isUpperCase(initial) || Character.isTitleCase(initial);
    }

    /** 2–6 letters, all upper-case, e.g. CNN or NATO. */
    static boolean isAcronym(WordTokenizer.Word word) {
        String text = word.text();
        return text.length() >= 2 && text.length() <= 6
                && text.codePoints().allMatch(cp -> Character.isLetter(cp) && Character.isUpperCase(cp));
    }

    /** A capital right after a lower-case letter: CrowdStrike, SentinelOne (but not McCarthy nor US-based). */
    static boolean hasInnerCapital(WordTokenizer.Word word) {
        String text = word.text();
        if (!isCapitalised(word) || text.startsWith("Mc") || text.startsWith("Mac")) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAdverb(WordTokenizer.Word word) {
        return word.text().length() > 4 && word.text().endsWith("ly");
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
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

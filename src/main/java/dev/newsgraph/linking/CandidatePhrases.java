package dev.newsgraph.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.newsgraph.organization.OrganizationInput;

/**
 * Cuts a text into maximal capitalised phrases and each phrase into candidate names: "A and B" becomes two
 * candidates of one group, a title or given name starts a person, leading sentence openers are dropped.
 */
final class CandidatePhrases {

    static final int MAX_WORDS = 6;
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "&");
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");
    /**
     * Common nouns for organizations that open a sentence in front of a name ("Rival Nestlé sold", "Carmaker
     * Stellantis said"): dropped like a stop word, they stay before the name as its cue. Not the nouns that
     * also begin names ("Union Pacific", "Network Rail", "Bank of England").
     */
    private static final Set<String> OPENING_ORGANIZATION_NOUNS = Set.of("Rival", "Rivals", "Firm", "Carmaker",
            "Automaker", "Chipmaker", "Lender", "Retailer", "Grocer", "Insurer", "Broadcaster", "Publisher",
            "Regulator", "Watchdog", "Conglomerate", "Startup", "Start-up", "Streamer", "Carrier", "Airline",
            "Supplier", "Manufacturer", "Operator", "Developer", "Owner", "Provider");
    /** "In February Hyundai Motor said", "In June the Food and Drug Administration": a date opens no name. */
    private static final Set<String> MONTHS_AND_DAYS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");
    private static final Set<String> NAME_ABBREVIATIONS = Set.of("Bros", "Co", "Corp", "Inc", "Ltd", "Jr");
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
        Set<String> alone = phrasesAlone(text, words, sentenceStarts);
        List<Candidate> found = new ArrayList<>();
        int phraseStart = -1;
        int partnersLast = -1;
        for (int i = 0; i <= words.size(); i++) {
            WordTokenizer.Word word = i < words.size() ? words.get(i) : null;
            boolean continues = word != null && phraseStart >= 0 && ((continuesPhrase(text, words.get(i - 1), word)
                    || continuesAfterAbbreviation(text, words.get(i - 1), word))
                    && (WordShapes.isCapitalised(word) || CONNECTORS.contains(word.text())
                    || continuesWithOn(words, i))
                    || i <= partnersLast);
            if (phraseStart >= 0 && !continues) {
                split(text, words, phraseStart, i, sentenceStarts.contains(words.get(phraseStart).start()), alone, found);
                phraseStart = -1;
            }
            if (phraseStart < 0 && word != null && WordShapes.isCapitalised(word)) {
                phraseStart = i;
                partnersLast = partnersListEnd(text, words, i);
            }
        }
        return chainLists(text, words, found);
    }


    /**
     * The capitalised phrases of the text that stand alone mid-sentence, lower-cased ("Huawei", "Country Garden"):
     * an "and" between two of them joins two names ("Huawei and Dell Technologies"), where it would otherwise
     * continue one ("United Food and Commercial Workers").
     */
    private static Set<String> phrasesAlone(String text, List<WordTokenizer.Word> words, Set<Integer> sentenceStarts) {
        Set<String> alone = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= words.size(); i++) {
            WordTokenizer.Word word = i < words.size() ? words.get(i) : null;
            boolean continues = word != null && start >= 0 && continuesPhrase(text, words.get(i - 1), word)
                    && (WordShapes.isCapitalised(word) || CONNECTORS.contains(word.text()));
            if (start >= 0 && !continues) {
                int last = i - 1;
                while (last > start && CONNECTORS.contains(words.get(last).text())) {
                    last--;
                }
                if (!sentenceStarts.contains(words.get(start).start())) {
                    alone.add(joined(words, start, last));
                }
                start = -1;
            }
            if (start < 0 && word != null && WordShapes.isCapitalised(word)) {
                start = i;
            }
        }
        return alone;
    }

    /** The words {@code [first, last]} lower-cased and joined by single spaces. */
    static String joined(List<WordTokenizer.Word> words, int first, int last) {
        StringBuilder joined = new StringBuilder();
        for (int i = first; i <= last; i++) {
            joined.append(i == first ? "" : " ").append(words.get(i).text());
        }
        return WordShapes.key(joined.toString());
    }

    /** Words of bodies that take "on" in their names: "House Committee on Energy and Commerce". */
    private static final Set<String> BODIES_ON = Set.of("Committee", "Council", "Commission", "Conference", "Panel",
            "Subcommittee", "Centre", "Center", "Task");

    /** "International Council on Clean Transportation": an "on" after a body's word, before a capitalised word. */
    private static boolean continuesWithOn(List<WordTokenizer.Word> words, int i) {
        return words.get(i).text().equals("on") && BODIES_ON.contains(words.get(i - 1).text()) && i + 1 < words.size()
                && WordShapes.isCapitalised(words.get(i + 1)) && !LEADING_STOP_WORDS.contains(words.get(i + 1).text());
    }

    /**
     * "Weil, Gotshal & Manges", "Keefe, Bruyette & Woods": single surnames joined by commas up to an "&" and a
     * last one make one partnership's name (not "Unilever, Procter & Gamble and Nestlé": a list goes on).
     */
    private static int partnersListEnd(String text, List<WordTokenizer.Word> words, int at) {
        int i = at;
        while (i + 1 < words.size() && isPlainCapitalised(words.get(i))
                && text.substring(words.get(i).end(), words.get(i + 1).start()).equals(", ")) {
            i++;
        }
        if (i == at || i + 2 >= words.size() || !isPlainCapitalised(words.get(i))
                || !words.get(i + 1).text().equals("&") || !isPlainCapitalised(words.get(i + 2))) {
            return -1;
        }
        int last = i + 2;
        boolean listGoesOn = last + 1 < words.size() && (words.get(last + 1).text().equals("and")
                || WordShapes.isCapitalised(words.get(last + 1)));
        return !listGoesOn && !words.get(last).possessive()
                && text.substring(words.get(i).end(), words.get(last).start()).equals(" & ") ? last : -1;
    }

    private static boolean isPlainCapitalised(WordTokenizer.Word word) {
        return WordShapes.isCapitalised(word) && !word.possessive() && !WordShapes.isAcronym(word)
                && !LEADING_STOP_WORDS.contains(word.text())
                && !NameLexicon.NOT_ORGANIZATIONS.contains(WordShapes.key(word.text()))
                && !NameLexicon.isWellKnown(WordShapes.key(word.text()));
    }

    /** "Warner Bros. Discovery", "U.S. Steel": a name goes on after the period of an abbreviation. */
    private static boolean continuesAfterAbbreviation(String text, WordTokenizer.Word previous, WordTokenizer.Word next) {
        return (NAME_ABBREVIATIONS.contains(previous.text()) || WordShapes.isDottedInitials(previous.text()))
                && !previous.possessive()
                && text.startsWith(". ", previous.end()) && previous.end() + 2 == next.start()
                && !LEADING_STOP_WORDS.contains(next.text());
    }

    /**
     * "Shares of First Republic, Western Alliance and PacWest Bancorp fell": the names of a list joined by
     * commas share one group, so what is said before the first and after the last holds for each.
     */
    private static List<Candidate> chainLists(String text, List<WordTokenizer.Word> words, List<Candidate> found) {
        List<Candidate> chained = new ArrayList<>(found.size());
        int chainStart = 0;
        for (int i = 1; i <= found.size(); i++) {
            if (i < found.size() && listContinues(text, words, found.get(i - 1), found.get(i))) {
                continue;
            }
            int groupFirst = found.get(chainStart).groupFirst();
            int groupLast = found.get(i - 1).groupLast();
            for (int k = chainStart; k < i; k++) {
                Candidate c = found.get(k);
                chained.add(i - chainStart == 1 || c.person() ? c : new Candidate(c.name(), c.words(), c.first(), c.last(),
                        groupFirst, groupLast, c.atSentenceStart(), c.organizational(), c.person()));
            }
            chainStart = i;
        }
        return chained;
    }

    private static boolean listContinues(String text, List<WordTokenizer.Word> words, Candidate previous, Candidate next) {
        if (previous.groupFirst() == next.groupFirst() || previous.person() || next.person()) {
            return previous.groupFirst() == next.groupFirst() && !previous.person() && !next.person();
        }
        WordTokenizer.Word last = words.get(previous.groupLast());
        if (last.possessive() || words.get(next.groupLast()).possessive()) {
            return false; // "Mary Barra, GM's chief executive": an apposition, not a list
        }
        String gap = text.substring(last.end(), words.get(next.groupFirst()).start());
        return gap.equals(", ") || gap.equals(", and ") || gap.equals(", or ");
    }

    /** Splits the phrase {@code [from, to)} at joining "and"s and at person titles, keeping each part. */
    private static void split(String text, List<WordTokenizer.Word> words, int from, int to, boolean atSentenceStart,
                              Set<String> alone, List<Candidate> found) {
        // "Crypto Lenders Freeze Accounts As Fear Spreads After Exchange Failure": a line in headline case, no name
        int capitalisedStopWords = 0;
        for (int i = from + 1; i < to; i++) {
            capitalisedStopWords += LEADING_STOP_WORDS.contains(words.get(i).text()) && !ARTICLES.contains(words.get(i).text()) ? 1 : 0;
        }
        if (capitalisedStopWords >= 2) {
            return;
        }
        // the phrase follows ", " after a capitalised word: it closes a list ("A, B and C")
        // ... whose first member is a name of more than one word ("the Retail, Wholesale and Department Store Union" is one)
        boolean endsList = from > 1 && WordShapes.isCapitalised(words.get(from - 1)) && !words.get(from - 1).possessive()
                && text.substring(words.get(from - 1).end(), words.get(from).start()).equals(", ")
                && continuesPhrase(text, words.get(from - 2), words.get(from - 1))
                && (WordShapes.isCapitalised(words.get(from - 2)) || !words.get(from - 2).text().equals("the")
                && CONNECTORS.contains(words.get(from - 2).text()));
        int groupLast = to - 1;
        while (groupLast > from && CONNECTORS.contains(words.get(groupLast).text())) {
            groupLast--;
        }
        if (atSentenceStart && from + 2 < groupLast && words.get(from + 1).text().equals("of")
                && !OrganizationForms.OPENINGS.contains(words.get(from).text())
                && !OrganizationForms.ENDINGS.contains(words.get(from).text())
                && WordShapes.isCapitalised(words.get(from + 2))) {
            // "Shares of Daimler and BMW fell": the opener and its "of" are no part of the names that follow
            split(text, words, from + 2, to, false, alone, found);
            return;
        }
        if (personOfOrganization(words, from, groupLast)) {
            // "Ken Lewis of Bank of America", "Helane Becker of TD Cowen": a person, then where they work
            part(text, words, from, from + 2, from, from + 1, atSentenceStart, true, found);
            split(text, words, from + 3, to, false, alone, found);
            return;
        }
        int partStart = from;
        for (int i = from; i < groupLast; i++) {
            if (i > from && OrganizationForms.joinsTwoNames(words, from, i, groupLast, endsList, alone)) {
                part(text, words, partStart, i, from, groupLast, atSentenceStart && partStart == from, false, found);
                partStart = i + 1;
            } else if (NameLexicon.PERSON_TITLES.contains(words.get(i).text()) && WordShapes.isCapitalised(words.get(i + 1))
                    && !CONNECTORS.contains(words.get(i + 1).text()) && !words.get(i).possessive()
                    && !OrganizationForms.ENDINGS.contains(words.get(i + 1).text())) {
                // not "the Information Commissioner's Office", "the Justice Department"
                // "Commerce Secretary Gina Raimondo": what follows the title is a person
                part(text, words, partStart, i, partStart, i - 1, atSentenceStart && partStart == from, false, found);
                // "Judge Amit Mehta of the US District Court": the person ends at "of", a name may follow
                int of = i + 1;
                while (of <= groupLast && !words.get(of).text().equals("of")) {
                    of++;
                }
                part(text, words, i + 1, of, i + 1, of - 1, false, true, found);
                if (of < groupLast) {
                    part(text, words, of + 1, groupLast + 1, of + 1, groupLast, false, false, found);
                }
                return;
            }
        }
        part(text, words, partStart, groupLast + 1, from, groupLast, atSentenceStart && partStart == from, false, found);
    }

    /** A given name and a surname, then "of" and a name: "Linda Chan of the High Court". */
    private static boolean personOfOrganization(List<WordTokenizer.Word> words, int from, int groupLast) {
        if (groupLast < from + 3 || !words.get(from + 2).text().equals("of")) {
            return false;
        }
        WordTokenizer.Word given = words.get(from);
        WordTokenizer.Word surname = words.get(from + 1);
        if (!WordShapes.isCapitalised(surname) || CONNECTORS.contains(surname.text()) || given.possessive()
                || OrganizationForms.ENDINGS.contains(surname.text()) || OrganizationForms.OPENINGS.contains(surname.text())
                || OrganizationForms.ENDINGS.contains(given.text()) || WordShapes.isAcronym(given)) {
            return false;
        }
        WordTokenizer.Word after = words.get(from + 3);
        boolean acronymAfter = WordShapes.isAcronym(after) && !NameLexicon.NOT_ORGANIZATIONS.contains(WordShapes.key(after.text()));
        return NameLexicon.FIRST_NAMES.contains(WordShapes.key(given.text())) || acronymAfter;
    }

    private static void part(String text, List<WordTokenizer.Word> words, int from, int to, int groupFirst,
                             int groupLast, boolean atSentenceStart, boolean person, List<Candidate> found) {
        int first = from;
        int last = to - 1;
        boolean opensSentence = atSentenceStart; // the words up to here opened it, so they say nothing
        if (atSentenceStart && first + 1 <= last && words.get(first + 1).text().equals("of")
                && !OrganizationForms.OPENINGS.contains(words.get(first).text())) {
            first++; // "Shares of CrowdStrike", "Members of the RMT": the opener is a common noun
            opensSentence = false;
        }
        last = OrganizationForms.trimPlace(words, first, last);
        while (last >= first && CONNECTORS.contains(words.get(last).text())) {
            last--;
        }
        if (atSentenceStart && first < last && WordShapes.isAdverb(words.get(first))) {
            first++; // "Separately Zscaler raised": a sentence-opening adverb
        }
        if (atSentenceStart && first < last && OPENING_ORGANIZATION_NOUNS.contains(words.get(first).text())) {
            first++; // "Rival Nestlé": the common noun before the name, capitalised by the sentence
            opensSentence = false;
        }
        while (first <= last && (LEADING_STOP_WORDS.contains(words.get(first).text())
                && (opensSentence || ARTICLES.contains(words.get(first).text()))
                || CONNECTORS.contains(words.get(first).text())
                || first < last && MONTHS_AND_DAYS.contains(words.get(first).text()))) {
            first++;
        }
        if (first > last) {
            return;
        }
        boolean firstAtSentenceStart = atSentenceStart && first == from; // else capitalised on its own merits
        int[] organizational = OrganizationForms.organizationalPart(words, first, last);
        if (organizational != null) {
            keep(found, candidate(text, words, organizational[0], organizational[1], groupFirst, groupLast,
                    firstAtSentenceStart && organizational[0] == first, true, person));
        } else if (last - first + 1 <= MAX_WORDS) {
            keep(found, candidate(text, words, first, last, groupFirst, groupLast, firstAtSentenceStart, false, person));
        }
    }

    private static void keep(List<Candidate> found, Candidate candidate) {
        if (candidate.name().length() <= OrganizationInput.NAME_MAX_LENGTH) {
            found.add(candidate);
        }
    }

    private static Candidate candidate(String text, List<WordTokenizer.Word> words, int first, int last, int groupFirst,
                                       int groupLast, boolean atSentenceStart, boolean organizational, boolean person) {
        StringBuilder name = new StringBuilder(); // as written ("Warner Bros. Discovery"), spaces collapsed
        for (int i = words.get(first).start(); i < words.get(last).end(); i++) {
            char c = text.charAt(i);
            if (!TextFolding.isSpace(c)) {
                name.append(c);
            } else if (name.charAt(name.length() - 1) != ' ') {
                name.append(' ');
            }
        }
        return new Candidate(name.toString(), List.copyOf(words.subList(first, last + 1)), first, last, groupFirst,
                groupLast, atSentenceStart, organizational, person);
    }

    /** Only plain whitespace (no blank line) may sit between two words of one phrase; a possessive ends it. */
    static boolean continuesPhrase(String text, WordTokenizer.Word previous, WordTokenizer.Word next) {
        int from = previous.end();
        if (previous.possessive()) {
            // "the People's Bank of China", "the Information Commissioner's Office": an 's before an ending stays in
            // the name (not after a place or a people: "Britain's Competition ... Authority" is cut as before)
            if (!OrganizationForms.ENDINGS.contains(next.text()) || !WordShapes.isCapitalised(previous)
                    || NameLexicon.NOT_ORGANIZATIONS.contains(WordShapes.key(previous.text()))
                    || !text.startsWith(" ", from + 2) || from + 3 != next.start()) {
                return false;
            }
            return true;
        }
        // "the Ontario Teachers' Pension Plan": a plural possessive inside a name, before a capitalised word
        if (previous.text().endsWith("s") && from < text.length() && (text.charAt(from) == '\'' || text.charAt(from) == '’')
                && WordShapes.isCapitalised(next) && WordShapes.isCapitalised(previous)) {
            from++;
        }
        int newlines = 0;
        for (int i = from; i < next.start(); i++) {
            char c = text.charAt(i);
            if (!TextFolding.isSpace(c)) {
                return false;
            }
            newlines += c == '\n' ? 1 : 0;
        }
        return newlines < 2;
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

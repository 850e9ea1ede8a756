package dev.newsgraph.linking;

import java.util.List;
import java.util.Set;

/**
 * The shapes of organization names inside a capitalised phrase: the words that end or open one ("… Bank",
 * "Department of …"), where an "and" joins two names rather than continuing one, and a trailing place
 * that is not part of the name.
 */
final class OrganizationForms {

    /** "Office of the Comptroller of the Currency": the "X of Y" form may run longer. */
    static final int MAX_WORDS_OF_FORM = 11;
    static final Set<String> ENDINGS = Set.of("Lab", "Labs", "Inc", "Corp", "Corporation",
            "Company", "Department", "Agency", "Commission", "Committee", "Authority", "Court", "Airlines", "Airways",
            "Group", "Bank", "Ministry", "Office", "Bureau", "Council", "University", "Institute", "Institution",
            "Foundation", "Association", "Federation", "Union", "Board", "Administration", "Exchange", "Holdings",
            "Partners", "Networks", "Technologies", "Technology", "Systems", "Services", "Entertainment", "Motors",
            "Financial", "Industries", "Communications", "Pharmaceuticals", "Therapeutics", "Health", "Healthcare",
            "Workers", "Organization", "Organisation", "League", "Alliance", "Bancorp", "Pictures", "Studios", "Media",
            "Sports", "Interactive", "Co", "Ltd", "LLC", "GmbH", "Plc", "PLC", "AG", "SA");
    /**
     * Trade nouns that often end a company's or body's name but are common nouns too, so they neither cut nor join
     * phrases (unlike ENDINGS): "Atmos Energy", "Southwest Power Pool", "Mattress Firm", "Labour Party". Only a
     * feature of a name of two or more words (SuggestionModel).
     */
    static final Set<String> TRADE_WORDS = Set.of("Energy", "Power", "Electric", "Utilities", "Water", "Gas", "Oil",
            "Petroleum", "Resources", "Mining", "Steel", "Metals", "Chemical", "Chemicals", "Shipping", "Line", "Lines",
            "Logistics", "Freight", "Rail", "Railway", "Railways", "Transport", "Airline", "Aviation", "Aerospace",
            "Automotive", "Motor", "Capital", "Investment", "Investments", "Securities", "Finance", "Credit", "Insurance",
            "Assurance", "Mutual", "Trust", "Fund", "Funds", "Management", "Advisers", "Advisors", "Asset", "Equity",
            "Ventures", "Holding", "Firm", "Partnership", "Cooperative", "Pool", "Consulting", "Analysis", "Research",
            "Pharma", "Biotech", "Sciences", "Robotics", "Semiconductor", "Electronics", "Software", "Solutions",
            "Telecom", "Network", "Broadcasting", "Records", "Press", "Post", "Herald", "Journal", "Gazette",
            "Magazine", "Games", "Foods", "Brands", "Stores", "Retail", "Club", "Party", "Society");
    /** Legal designators: they close a name, which does not go on with "of"/"for" after them ("… Co. for the Kirin"). */
    static final Set<String> DESIGNATORS = Set.of("Inc", "Corp", "Co", "Ltd", "LLC", "GmbH", "Plc", "PLC", "AG", "SA");
    static final Set<String> OPENINGS = Set.of("Department", "Ministry", "Bureau", "Office",
            "Association", "Federation", "Institute", "University", "Council", "Commission", "Board", "Bank");

    private OrganizationForms() {
    }

    /**
     * "Zeta Bank and Alpha Bank", "Kroger and Albertsons": an "and" splits a phrase unless an "of"/"for"
     * came before it ("Department of Health and Human Services") or only the right side ends like an
     * organization ("United Food and Commercial Workers"); "&" splits only after an ending or an acronym.
     */
    static boolean joinsTwoNames(List<WordTokenizer.Word> words, int from, int connector, int groupLast,
                                 boolean endsList, Set<String> alone) {
        String text = words.get(connector).text();
        WordTokenizer.Word before = words.get(connector - 1);
        // "Ford Motor and General Motors": the singular of an ending ends a name too
        boolean leftEnds = ENDINGS.contains(before.text()) || ENDINGS.contains(before.text() + "s")
                || WordShapes.isAcronym(before);
        if (text.equals("&")) {
            return leftEnds || OPENINGS.contains(words.get(connector + 1).text());
        }
        if (!text.equals("and")) {
            return false;
        }
        if (words.get(connector + 1).text().equals("the")) {
            // "the Treasury and the Financial Services Authority", "the Department of Justice and the European
            // Commission": "the" opens another name, after an "of" too
            return true;
        }
        for (int i = from; i < connector; i++) {
            if (words.get(i).text().equals("of") || words.get(i).text().equals("for") || words.get(i).text().equals("on")) {
                return false;
            }
        }
        if (standsAlone(words, from, connector - 1, alone) || standsAlone(words, connector + 1, groupLast, alone)) {
            return true; // "Huawei and Dell Technologies": the text (or the well-known list) has one side on its own
        }
        boolean rightEnds = ENDINGS.contains(words.get(groupLast).text());
        // "Bank of America, Barclays and Mitsubishi UFJ Financial Group": the "and" that closes a list;
        // "Walgreens and CVS Health": a name does not go on into an acronym after its "and"
        return leftEnds || !rightEnds || endsList || WordShapes.isAcronym(words.get(connector + 1));
    }

    /** The words {@code [first, last]}, or a first word of a longer side, seen alone mid-sentence, or well known. */
    private static boolean standsAlone(List<WordTokenizer.Word> words, int first, int last, Set<String> alone) {
        if (first > last || CandidatePhrases.CONNECTORS.contains(words.get(first).text())) {
            return false;
        }
        String side = CandidatePhrases.joined(words, first, last);
        String opening = WordShapes.key(words.get(first).text());
        boolean openingAlone = last > first && ENDINGS.contains(words.get(last).text()) && alone.contains(opening)
                && !NameLexicon.NOT_ORGANIZATIONS.contains(opening) && !OPENINGS.contains(words.get(first).text())
                && !ENDINGS.contains(words.get(first).text());
        return alone.contains(side) || NameLexicon.isWellKnown(side) || openingAlone;
    }

    private static boolean isPlace(List<WordTokenizer.Word> words, int first, int last) {
        StringBuilder place = new StringBuilder();
        for (int i = first; i <= last; i++) {
            place.append(i == first ? "" : " ").append(words.get(i).text());
        }
        return NameLexicon.NOT_ORGANIZATIONS.contains(WordShapes.key(place.toString()));
    }

    /** "EuBiologics of South Korea": a trailing "of" and a place are not part of the name ("Bank of England" is). */
    static int trimPlace(List<WordTokenizer.Word> words, int first, int last) {
        for (int of = last - 1; of > first; of--) {
            if (words.get(of).text().equals("of")) {
                String before = words.get(of - 1).text();
                if (OPENINGS.contains(before) || ENDINGS.contains(before) || endingGoesOn(words, first, of)) {
                    return last; // "US District Court for the District of Massachusetts" keeps its district
                }
                StringBuilder place = new StringBuilder();
                for (int i = of + 1; i <= last; i++) {
                    place.append(i == of + 1 ? "" : " ").append(words.get(i).text());
                }
                return NameLexicon.NOT_ORGANIZATIONS.contains(WordShapes.key(place.toString())) ? of - 1 : last;
            }
        }
        return last;
    }

    /** An ending before {@code to} goes on with "for"/"of": "Court for the District ...". */
    private static boolean endingGoesOn(List<WordTokenizer.Word> words, int first, int to) {
        for (int i = first; i + 1 < to; i++) {
            String next = words.get(i + 1).text();
            if (ENDINGS.contains(words.get(i).text()) && !DESIGNATORS.contains(words.get(i).text())
                    && (next.equals("for") || next.equals("of"))) {
                return true;
            }
        }
        return false;
    }

    /** The "X of Y" opening form or the words ending at the last organizational word, as {first, last}, else null. */
    static int[] organizationalPart(List<WordTokenizer.Word> words, int first, int last) {
        for (int i = first; i + 2 <= last; i++) {
            if (OPENINGS.contains(words.get(i).text()) && words.get(i + 1).text().equals("of")) {
                return lastWords(words, first, last, MAX_WORDS_OF_FORM);
            }
            // "Delaware Court of Chancery", "US District Court for the District of Columbia": an ending goes on
            String next = words.get(i + 1).text();
            if (ENDINGS.contains(words.get(i).text()) && !DESIGNATORS.contains(words.get(i).text())
                    && (next.equals("of") || next.equals("for") || next.equals("on"))
                    && WordShapes.isCapitalised(words.get(last)) && last - first + 1 <= MAX_WORDS_OF_FORM
                    && !isPlace(words, i + 2, last)) { // not "Evergreen Marine Corp. of Taiwan"
                return new int[] {first, last};
            }
        }
        for (int i = last; i > first; i--) {
            if (ENDINGS.contains(words.get(i).text())) {
                boolean innerAnd = false;
                for (int k = first; k < i; k++) {
                    innerAnd |= words.get(k).text().equals("and");
                }
                return lastWords(words, first, i, CandidatePhrases.MAX_WORDS + (innerAnd ? 2 : 0));
            }
        }
        return null;
    }

    /** At most {@code maxWords} words ending at {@code last}, never opening on a connector. */
    private static int[] lastWords(List<WordTokenizer.Word> words, int first, int last, int maxWords) {
        int from = Math.max(first, last - maxWords + 1);
        while (from <= last && CandidatePhrases.CONNECTORS.contains(words.get(from).text())) {
            from++;
        }
        return last - from + 1 >= 2 ? new int[] {from, last} : null;
    }
}

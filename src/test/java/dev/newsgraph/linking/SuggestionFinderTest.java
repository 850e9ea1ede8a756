package dev.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

import dev.newsgraph.ingest.ParsedArticle;
import dev.newsgraph.ingest.SampleArticles;

class SuggestionFinderTest {

    private static final Gazetteer EMPTY = Gazetteer.build(List.of());
    private final SuggestionFinder finder = new SuggestionFinder();

    private static List<String> names(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::name).toList();
    }

    @Test
    void sampleWithEmptyGazetteerSuggestsTheOrganizationsWithTheirCounts() {
        // given
        ParsedArticle article = SampleArticles.parsedSeedOrSkip();
        // when
        List<Suggestion> suggestions = finder.find(article.title(), article.body(), EMPTY);
        // then "Kaspersky Lab" 9 times (once with a no-break space), "Commerce Department" 4 times
        assertTrue(suggestions.contains(new Suggestion("Kaspersky Lab", 9)), suggestions.toString());
        assertTrue(suggestions.contains(new Suggestion("Commerce Department", 4)), suggestions.toString());
        assertTrue(suggestions.contains(new Suggestion("Department of Commerce", 1)), suggestions.toString());
        assertFalse(names(suggestions).contains("US"), suggestions.toString());
        assertFalse(names(suggestions).contains("United States"), suggestions.toString());
    }

    @Test
    void sampleWithTheDemoGazetteerSuggestsNeitherKnownOrganization() {
        // given
        ParsedArticle article = SampleArticles.parsedSeedOrSkip();
        // when
        List<String> names = names(finder.find(article.title(), article.body(), DemoOrganizations.gazetteer()));
        // then
        assertFalse(names.contains("Kaspersky Lab"), names.toString());
        assertFalse(names.contains("Commerce Department"), names.toString());
        assertFalse(names.contains("Department of Commerce"), names.toString());
    }

    @Test
    void organizationalEndingsQualifyOnFirstSightStrippingPossessiveAndLeadingThe() {
        // given
        String body = "The Federal Aviation Agency’s rules hit Delta Air Lines. Procter & Gamble Company agreed.";
        // when
        List<Suggestion> suggestions = finder.find("", body, EMPTY);
        // then
        assertEquals(List.of(new Suggestion("Federal Aviation Agency", 1), new Suggestion("Procter & Gamble Company", 1)),
                suggestions);
    }

    @Test
    void aCandidateLongerThanAnOrganizationNameIsNotSuggested() {
        // given four capitalised 60-letter words before "Lab" (over 200 characters) and a short one
        String giant = ("X" + "y".repeat(59) + " ").repeat(4) + "Lab";
        String body = "Researchers at " + giant + " met the Small Robotics Lab.";
        // when / then
        assertEquals(List.of("Small Robotics Lab"), names(finder.find("", body, EMPTY)));
    }

    @Test
    void departmentOfStylePhrasesQualify() {
        // given
        String body = "Agents of the Federal Bureau of Investigation met the Ministry of Foreign Affairs.";
        // when / then
        assertEquals(List.of("Federal Bureau of Investigation", "Ministry of Foreign Affairs"),
                names(finder.find("", body, EMPTY)));
    }

    @Test
    void otherProperNamesAndAcronymsNeedTwoSightings() {
        // given
        String once = "Investigators from NTSB met Delta Air officials.";
        String twice = once + " Later NTSB and Delta Air spoke again.";
        // when / then
        assertEquals(List.of(), finder.find("", once, EMPTY));
        assertEquals(List.of(new Suggestion("Delta Air", 2), new Suggestion("NTSB", 2)),
                finder.find("", twice, EMPTY));
    }

    @Test
    void namesSeenOnlyAtSentenceStartsAreNotSuggested() {
        // given "Breaking News" only ever opens a sentence
        String body = "Breaking News arrived. Breaking News again.";
        // when / then
        assertEquals(List.of(), finder.find("", body, EMPTY));
    }

    @Test
    void countriesAndCommonAbbreviationsAreNeverSuggested() {
        // given
        String body = "The US and the UK talked. US and UK officials met in the United States and the United States.";
        // when / then
        assertEquals(List.of(), finder.find("", body, EMPTY));
    }

    @Test
    void namesOverlappingKnownMentionsAreLeftOut() {
        // given the gazetteer knows "Acme" only
        Gazetteer known = Gazetteer.build(List.of(OrganizationNames.of(1, "Acme")));
        String body = "Acme Labs grew. Rival Widget Labs shrank.";
        // when / then
        assertEquals(List.of(new Suggestion("Rival Widget Labs", 1)), finder.find("", body, known));
    }

    @Test
    void ordersByCountThenAlphabetically() {
        // given
        String title = "Zeta Bank and Alpha Bank";
        String body = "Zeta Bank grew. Beta Bank shrank while Alpha Bank and Zeta Bank merged.";
        // when / then
        assertEquals(List.of(new Suggestion("Zeta Bank", 3), new Suggestion("Alpha Bank", 2),
                new Suggestion("Beta Bank", 1)), finder.find(title, body, EMPTY));
    }

    @Test
    void phrasesDoNotRunAcrossPunctuationOrParagraphs() {
        // given
        String body = "He met Acme, Widget Corp and Big\n\nData Group.";
        // when / then
        assertEquals(List.of("Data Group", "Widget Corp"), names(finder.find("", body, EMPTY)));
    }
}

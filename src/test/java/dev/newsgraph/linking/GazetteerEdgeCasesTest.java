package dev.newsgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerEdgeCasesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.build(List.of(
            OrganizationNames.of(1, "Kaspersky Lab", "Kaspersky"),
            OrganizationNames.of(2, "CNN"),
            OrganizationNames.of(3, "NATO"),
            OrganizationNames.of(4, "Apple"),
            OrganizationNames.of(5, "Commerce Department"),
            OrganizationNames.of(6, "eBay")));

    private static int countOf(long organizationId, String body) {
        return GAZETTEER.link("", body).stream().filter(mention -> mention.organizationId() == organizationId)
                .mapToInt(MentionHit::count).sum();
    }

    @Test
    void possessivesCountButGluedLettersOrDigitsDoNot() {
        assertEquals(1, countOf(2, "CNN's report"));
        assertEquals(1, countOf(2, "CNN’s report"));
        assertEquals(0, countOf(2, "Several CNNs and CNNX and XCNN and CNN2 channels"));
        assertEquals(1, countOf(1, "Kaspersky’s software"));
        assertEquals(1, countOf(1, "(Kaspersky)"));
    }

    @Test
    void acronymsMatchOnlyInTheirOwnCase() {
        assertEquals(0, countOf(2, "the cnn and Cnn pages"));
        assertEquals(0, countOf(3, "Nato and nato"));
        assertEquals(2, countOf(3, "NATO members met NATO"));
    }

    @Test
    void otherNamesMustBeCapitalisedAsProperNouns() {
        assertEquals(0, countOf(4, "she baked an apple pie"));
        assertEquals(1, countOf(4, "Apple shares rose"));
        assertEquals(0, countOf(5, "the commerce department said"));
        assertEquals(1, countOf(5, "COMMERCE DEPARTMENT BANS SALES"));
    }

    @Test
    void namesStyledWithALowerCaseInitialMatchInAnyCase() {
        assertEquals(3, countOf(6, "eBay, EBAY and ebay"));
    }

    @Test
    void longestNameWinsWithoutAlsoCountingTheShorterOne() {
        // given
        String body = "Kaspersky Lab said so.";
        // when
        List<MatchSpan> spans = GAZETTEER.spans(body);
        // then
        assertEquals(List.of(new MatchSpan(1, 0, 13)), spans);
    }

    @Test
    void overlappingNamesOfDifferentOrganizationsPreferLongerThenEarlier() {
        // given
        Gazetteer overlapping = Gazetteer.build(List.of(
                OrganizationNames.of(10, "New York"),
                OrganizationNames.of(11, "York Times Company"),
                OrganizationNames.of(20, "Alpha Beta"),
                OrganizationNames.of(21, "Beta Gamma")));
        // when
        List<MatchSpan> longerWins = overlapping.spans("The New York Times Company reported.");
        List<MatchSpan> earlierWins = overlapping.spans("Alpha Beta Gamma");
        // then
        assertEquals(List.of(new MatchSpan(11, 8, 26)), longerWins);
        assertEquals(List.of(new MatchSpan(20, 0, 10)), earlierWins);
    }

    @Test
    void whitespaceRunsAndLineBreaksInsideANameStillMatchWithOriginalOffsets() {
        // given
        String body = "See Kaspersky \n  Lab and Kaspersky\u00a0Lab.";
        // when
        List<MatchSpan> spans = GAZETTEER.spans(body);
        // then
        assertEquals(List.of(new MatchSpan(1, 4, 20), new MatchSpan(1, 25, 38)), spans);
        assertEquals("Kaspersky\u00a0Lab", body.substring(25, 38));
    }

    @Test
    void gazetteerNamesAreNormalizedToo() {
        // given a name typed with extra spaces and a curly apostrophe
        Gazetteer gazetteer = Gazetteer.build(List.of(OrganizationNames.of(7, "  Macy’s   Inc ")));
        // when / then
        assertEquals(1, gazetteer.link("", "Shares of Macy's Inc fell.").get(0).count());
    }

    @Test
    void caseOnlyDuplicatesCollapseKeepingTheFirstSpellingsRule() {
        // given "Acme" listed first, so the proper-noun rule applies, not the acronym rule of "ACME"
        Gazetteer gazetteer = Gazetteer.build(List.of(OrganizationNames.of(8, "Acme", "ACME", "acme")));
        // when
        List<MentionHit> mentions = gazetteer.link("", "Acme, acme and ACME");
        // then
        assertEquals(List.of(new MentionHit(8, 2, "Acme, acme and ACME")), mentions);
    }

    @Test
    void blankNamesAreIgnored() {
        // given
        Gazetteer gazetteer = Gazetteer.build(List.of(new OrganizationNames(9, "  ", List.of("", "\t", "Real Name"))));
        // when / then
        assertEquals(List.of(new MentionHit(9, 1, "A Real Name here.")), gazetteer.link("", "A Real Name here."));
    }

    @Test
    void titleOnlyMentionUsesTheTitleAsSnippet() {
        // given / when
        List<MentionHit> mentions = GAZETTEER.link("CNN wins award", "The channel was praised.");
        // then
        assertEquals(List.of(new MentionHit(2, 1, "CNN wins award")), mentions);
    }

    @Test
    void snippetIsTheWholeSentenceDespiteAbbreviations() {
        // given
        String body = "Markets fell. The U.S. Commerce Department said Mr. Smith agreed. Later news.";
        // when
        List<MentionHit> mentions = GAZETTEER.link("", body);
        // then
        assertEquals("The U.S. Commerce Department said Mr. Smith agreed.", mentions.get(0).snippet());
    }

    @Test
    void longSnippetIsCutAtAWordWithAnEllipsis() {
        // given a 400+ character sentence
        String body = "CNN " + "reported many things ".repeat(25) + "today.";
        // when
        String snippet = GAZETTEER.link("", body).get(0).snippet();
        // then
        assertTrue(snippet.length() <= 300, "length " + snippet.length());
        assertTrue(snippet.endsWith("things…") || snippet.endsWith("many…") || snippet.endsWith("reported…"), snippet);
        assertTrue(snippet.startsWith("CNN reported many things"));
    }

    @Test
    void mentionsAreOrderedByFirstOccurrenceAcrossTitleThenBody() {
        // given / when
        List<MentionHit> mentions = GAZETTEER.link("NATO summit", "CNN covered it. Apple too. NATO again.");
        // then
        assertEquals(List.of(3L, 2L, 4L), mentions.stream().map(MentionHit::organizationId).toList());
        assertEquals(2, mentions.get(0).count());
    }

    @Test
    void textWithoutKnownNamesYieldsNoMentions() {
        assertEquals(List.of(), GAZETTEER.link("Quiet day", "Nothing happened at all."));
    }
}

package dev.newsgraph.linking;

import static dev.newsgraph.linking.DemoOrganizations.CNN;
import static dev.newsgraph.linking.DemoOrganizations.KASPERSKY_LAB;
import static dev.newsgraph.linking.DemoOrganizations.MCAFEE;
import static dev.newsgraph.linking.DemoOrganizations.SYMANTEC;
import static dev.newsgraph.linking.DemoOrganizations.US_DEPARTMENT_OF_COMMERCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.ingest.ParsedArticle;
import dev.newsgraph.ingest.SampleArticles;

/**
 * Counts checked by reading the sample: "Kaspersky" occurs 14 times (title 1, body 13; nine of the body
 * ones are "Kaspersky Lab", one with a no-break space), Department of Commerce 1 + Commerce Department 4.
 */
class GazetteerSampleTest {

    private ParsedArticle article;
    private Map<Long, MentionHit> mentionsById;
    private List<MentionHit> mentions;

    @BeforeEach
    void linkSample() {
        article = SampleArticles.parsedSeedOrSkip();
        mentions = DemoOrganizations.gazetteer().link(article.title(), article.body());
        mentionsById = mentions.stream().collect(Collectors.toMap(MentionHit::organizationId, mention -> mention));
    }

    @Test
    void findsExactlyTheFiveMentionedOrganizationsInOrderOfFirstOccurrence() {
        assertEquals(List.of(KASPERSKY_LAB, US_DEPARTMENT_OF_COMMERCE, CNN, MCAFEE, SYMANTEC),
                mentions.stream().map(MentionHit::organizationId).toList());
    }

    @Test
    void countsEveryMentionInTitleAndBody() {
        assertEquals(14, mentionsById.get(KASPERSKY_LAB).count());
        assertEquals(5, mentionsById.get(US_DEPARTMENT_OF_COMMERCE).count());
        assertEquals(1, mentionsById.get(CNN).count());
        assertEquals(1, mentionsById.get(MCAFEE).count());
        assertEquals(1, mentionsById.get(SYMANTEC).count());
    }

    @Test
    void snippetIsTheFirstBodySentenceMentioningTheOrganization() {
        String firstParagraph = article.paragraphs().get(0);
        assertEquals(firstParagraph, mentionsById.get(US_DEPARTMENT_OF_COMMERCE).snippet());
        assertEquals(firstParagraph, mentionsById.get(KASPERSKY_LAB).snippet());
        assertEquals(article.paragraphs().get(7), mentionsById.get(CNN).snippet());
        String rivalsSentence = "Founded in Moscow in 1997, Kaspersky Lab grew into one of the world’s most successful"
                + " anti-virus software companies alongside American rivals like McAfee and Symantec.";
        assertEquals(rivalsSentence, mentionsById.get(MCAFEE).snippet());
        assertEquals(rivalsSentence, mentionsById.get(SYMANTEC).snippet());
    }

    @Test
    void microsoftIsNotFound() {
        assertFalse(mentionsById.containsKey(DemoOrganizations.MICROSOFT));
    }
}

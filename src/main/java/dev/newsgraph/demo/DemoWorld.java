package dev.newsgraph.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleInput;
import dev.newsgraph.event.DatePrecision;
import dev.newsgraph.event.Event;
import dev.newsgraph.event.EventInput;
import dev.newsgraph.event.EventKind;
import dev.newsgraph.event.EventService;
import dev.newsgraph.event.ParticipantRole;
import dev.newsgraph.ingest.ArticlePipeline;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationInput;
import dev.newsgraph.organization.OrganizationKind;
import dev.newsgraph.organization.OrganizationService;

/**
 * The demo world: Kaspersky Lab's exit from the US after the Commerce Department's ban (July 2024),
 * written in the project's own words. Loaded through the services, so it obeys the same rules as
 * any client's data, and only into an empty database.
 */
@ApplicationScoped
public class DemoWorld {

    private static final Logger LOG = Logger.getLogger(DemoWorld.class);

    @Inject
    OrganizationService organizations;

    @Inject
    EventService events;

    @Inject
    ArticlePipeline articles;

    @Inject
    DataSource dataSource;

    /**
     * Reads at most one row per table: runs at every start, so its cost must not grow with the data. Plain
     * SQL, so a start on an existing database does not wait for the set-up of Hibernate's first query.
     */
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet any = statement.executeQuery("select exists (select 1 from organization)"
                        + " or exists (select 1 from article) or exists (select 1 from news_event)")) {
            any.next();
            return !any.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check whether the database is empty", e);
        }
    }

    @Transactional
    public void loadIfEmpty() {
        if (!isEmpty()) {
            return;
        }
        Organization kaspersky = organizations.create(organization("Kaspersky Lab", OrganizationKind.COMPANY, "RU", 1997,
                "Russian cybersecurity company known for its anti-virus software, founded in Moscow.",
                "https://www.kaspersky.com", "Kaspersky"));
        Organization commerce = organizations.create(organization("US Department of Commerce",
                OrganizationKind.GOVERNMENT_AGENCY, "US", null,
                "Executive department of the US federal government; it issued the 2024 ban on Kaspersky software sales.",
                "https://www.commerce.gov", "Commerce Department", "Department of Commerce"));
        Organization cnn = organizations.create(organization("CNN", OrganizationKind.MEDIA, "US", null,
                "US news network.", "https://www.cnn.com"));
        Organization mcafee = organizations.create(organization("McAfee", OrganizationKind.COMPANY, "US", null,
                "American anti-virus software maker, a rival of Kaspersky Lab.", "https://www.mcafee.com"));
        Organization symantec = organizations.create(organization("Symantec", OrganizationKind.COMPANY, "US", null,
                "American security software maker, a rival of Kaspersky Lab.", null));

        Event order2019 = events.create(event("US executive order on foreign threats to the technology supply chain",
                EventKind.EXECUTIVE_ORDER, LocalDate.of(2019, 1, 1), DatePrecision.YEAR,
                "An order signed by President Donald Trump; part of the legal basis later used against Kaspersky software.",
                "United States"));
        Event order2021 = events.create(event("US executive order protecting personal data from foreign adversaries",
                EventKind.EXECUTIVE_ORDER, LocalDate.of(2021, 1, 1), DatePrecision.YEAR,
                "An order signed by President Joe Biden; the Commerce Department's new authorities derive partly from it.",
                "United States"));
        Event report = events.create(event("CNN reports planned Commerce action against Kaspersky Lab",
                EventKind.REPORT, LocalDate.of(2024, 4, 1), DatePrecision.MONTH,
                "CNN reported that the Commerce Department was moving against Kaspersky Lab.", null));
        Event ban = events.create(event("Commerce Department bans sales of Kaspersky software in the US",
                EventKind.BAN, LocalDate.of(2024, 6, 1), DatePrecision.MONTH,
                "The sale and provision of Kaspersky software in the United States is banned on national-security grounds.",
                "United States"));
        Event windDown = events.create(event("Kaspersky Lab starts winding down its US operations",
                EventKind.SHUTDOWN, LocalDate.of(2024, 7, 20), DatePrecision.DAY,
                "Kaspersky Lab closes its US business and lays off its US-based staff after the ban.", "United States"));

        events.addParticipant(order2019.id, commerce.id, ParticipantRole.AFFECTED);
        events.addParticipant(order2019.id, kaspersky.id, ParticipantRole.AFFECTED);
        events.addParticipant(order2021.id, commerce.id, ParticipantRole.AFFECTED);
        events.addParticipant(order2021.id, kaspersky.id, ParticipantRole.AFFECTED);
        events.addParticipant(report.id, cnn.id, ParticipantRole.REPORTER);
        events.addParticipant(report.id, commerce.id, ParticipantRole.ACTOR);
        events.addParticipant(report.id, kaspersky.id, ParticipantRole.TARGET);
        events.addParticipant(ban.id, commerce.id, ParticipantRole.ACTOR);
        events.addParticipant(ban.id, kaspersky.id, ParticipantRole.TARGET);
        events.addParticipant(windDown.id, kaspersky.id, ParticipantRole.ACTOR);
        events.addParticipant(windDown.id, commerce.id, ParticipantRole.OTHER);
        events.addParticipant(windDown.id, mcafee.id, ParticipantRole.AFFECTED);
        events.addParticipant(windDown.id, symantec.id, ParticipantRole.AFFECTED);

        events.linkEvents(order2019.id, ban.id);
        events.linkEvents(order2021.id, ban.id);
        events.linkEvents(ban.id, windDown.id);

        Article summary = articles.create(summaryArticle());
        for (Event reported : List.of(order2019, order2021, report, ban, windDown)) {
            events.linkArticle(summary.id, reported.id);
        }
        LOG.info("Loaded the demo world: 5 organizations, 5 events, 1 article (set NEWSGRAPH_DEMO=false to start empty)");
    }

    private static OrganizationInput organization(String name, OrganizationKind kind, String country, Integer founded,
            String description, String website, String... aliases) {
        OrganizationInput input = new OrganizationInput();
        input.name = name;
        input.kind = kind;
        input.country = country;
        input.foundedYear = founded;
        input.description = description;
        input.website = website;
        input.aliases = List.of(aliases);
        return input;
    }

    private static EventInput event(String title, EventKind kind, LocalDate on, DatePrecision precision,
            String description, String location) {
        EventInput input = new EventInput();
        input.title = title;
        input.kind = kind;
        input.occurredOn = on;
        input.datePrecision = precision;
        input.description = description;
        input.location = location;
        return input;
    }

    private static ArticleInput summaryArticle() {
        ArticleInput input = new ArticleInput();
        input.title = "Kaspersky Lab leaves the US market after Commerce Department ban";
        input.publishedAt = OffsetDateTime.parse("2024-07-17T09:00:00Z");
        input.source = "Newsgraph demo";
        input.language = "en";
        input.body = String.join("\n\n",
                "Kaspersky Lab is closing its American business. The Moscow-founded security firm says it will "
                        + "begin shutting down its US operations on July 20, 2024 and let its US staff go.",
                "The decision follows a ban announced by the Commerce Department in June 2024, which stops "
                        + "Kaspersky software from being sold or provided in the United States on national-security "
                        + "grounds. Kaspersky rejects the claim that its products could be used for surveillance.",
                "CNN had reported in April that the Department of Commerce was preparing the measure. The powers "
                        + "it relied on come in part from executive orders of 2019 and 2021.",
                "Founded in 1997, Kaspersky Lab became one of the best-known anti-virus vendors, competing with "
                        + "McAfee and Symantec.");
        return input;
    }
}

package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL only: {@code ix_mention_organization} keyed by {@code organization_id} and carrying
 * {@code article_id} ({@code include}), so the reads that start from an organization (its newest articles,
 * its mention count, co-mentions) find the article ids in the index alone again (an index-only scan), as
 * with V1's two-column index, without a second key column. On H2 it stays V9's one-column index: H2 has
 * no {@code include}, uses that index for the foreign key, and every index led by the organization costs
 * an import a scattered write per mention. A Java migration because the statement is the vendor's own;
 * on H2 it records the version and changes nothing.
 */
public class V10__Mention_organization_index_covers_article_on_postgresql extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop index ix_mention_organization");
            statement.execute("create index ix_mention_organization on mention (organization_id) include (article_id)");
        }
    }
}

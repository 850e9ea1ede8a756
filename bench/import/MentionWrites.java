import java.lang.management.*;
import java.sql.*;
import java.util.*;

/**
 * H2 alone, without the service: the mention rows of an import as the service writes them (batches of 50
 * articles with 34 mentions each over 10,000 organizations, one commit per batch), in the index layout
 * before migration V9 ({@code v8}: the foreign key's own index on organization_id beside
 * ix_mention_organization (organization_id, article_id)) or after it ({@code v9}: one index on
 * organization_id, used by the key). Prints the thread CPU per article of the inserts and of the commit
 * over the last 2,000 articles.
 * Usage: java -cp <classes>:<h2 jar> MentionWrites v8|v9 <articles> <empty folder>
 */
public class MentionWrites {
    public static void main(String[] a) throws Exception {
        String layout = a[0]; int articles = Integer.parseInt(a[1]);
        String dir = a[2];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;PAGE_SIZE=4096", "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table organization(id bigint primary key, name varchar(200))");
                s.execute("create table article(id bigint primary key, title varchar(200))");
                s.execute("insert into organization select \"X\", 'org ' || \"X\" from system_range(1, 10000)");
                if (layout.equals("v8")) {
                    s.execute("create table mention (id bigint not null primary key, article_id bigint not null references article (id) on delete cascade, organization_id bigint not null references organization (id) on delete cascade, mention_count integer not null, snippet varchar(1000), constraint uk_mention unique (article_id, organization_id))");
                    s.execute("create index ix_mention_organization on mention (organization_id, article_id)");
                } else {
                    s.execute("create table mention (id bigint not null, article_id bigint not null, organization_id bigint not null, mention_count integer not null, snippet varchar(1000), constraint pk_mention primary key (id), constraint uk_mention unique (article_id, organization_id))");
                    s.execute("create index ix_mention_organization on mention (organization_id)");
                    s.execute("alter table mention add constraint fk_mention_article foreign key (article_id) references article (id) on delete cascade");
                    s.execute("alter table mention add constraint fk_mention_organization foreign key (organization_id) references organization (id) on delete cascade");
                }
            }
            c.setAutoCommit(false);
            Random r = new Random(42);
            PreparedStatement art = c.prepareStatement("insert into article values (?, ?)");
            PreparedStatement men = c.prepareStatement("insert into mention values (?, ?, ?, ?, ?)");
            long id = 0; long insNs = 0, comNs = 0; int measured = 0;
            for (int b = 0; b < articles / 50; b++) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < 50; i++) {
                    long aid = b * 50L + i + 1;
                    art.setLong(1, aid); art.setString(2, "t"); art.addBatch();
                }
                art.executeBatch();
                for (int i = 0; i < 50; i++) {
                    long aid = b * 50L + i + 1;
                    Set<Long> orgs = new TreeSet<>();
                    while (orgs.size() < 34) orgs.add(1L + r.nextInt(10000));
                    for (long o : orgs) {
                        men.setLong(1, ++id); men.setLong(2, aid); men.setLong(3, o); men.setInt(4, 1);
                        men.setString(5, "a snippet sentence of about this length, naming the organization once or twice.");
                        men.addBatch();
                    }
                }
                men.executeBatch();
                long t1 = mx.getCurrentThreadCpuTime();
                c.commit();
                long t2 = mx.getCurrentThreadCpuTime();
                if (b * 50 >= articles - 2000) { insNs += t1 - t0; comNs += t2 - t1; measured += 50; }
            }
            System.out.printf("%s: last %d of %d articles: insert %.0f us, commit %.0f us per article (thread CPU)%n", layout, measured, articles, insNs / 1e3 / measured, comNs / 1e3 / measured);
        }
    }
}

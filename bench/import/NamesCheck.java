// The linker's once-a-second names check (MentionLinker: count and max(updated_at) of organization) on H2 alone,
// with and without ix_organization_updated (V11), alternated in one JVM: thread CPU per check, each one prepared,
// run and closed as Hibernate does, after a write to another table as during an import.
// Usage: javac -d DIR bench/import/NamesCheck.java && java -cp DIR:target/bench-h2/lib/main/com.h2database.h2-2.4.240.jar NamesCheck 100000 <empty folder>
import java.lang.management.ManagementFactory;
import java.sql.*;
public class NamesCheck { public static void main(String[] a) throws Exception {
  int orgs = Integer.parseInt(a[0]); String dir = a[1];
  var threads = ManagementFactory.getThreadMXBean();
  try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;PAGE_SIZE=4096", "sa", ""); Statement s = c.createStatement()) {
    s.execute("create table organization (id bigint primary key, name varchar(200) not null, name_key varchar(200) not null, kind varchar(32) not null, description varchar(4000), created_at timestamp(6) with time zone not null, updated_at timestamp(6) with time zone not null, version integer not null)");
    s.execute("insert into organization select g.\"X\", concat('Org ', g.\"X\"), concat('org ', g.\"X\"), 'COMPANY', repeat('about this organization ', 4), timestamp with time zone '2024-01-01 00:00:00+00', timestamp with time zone '2024-01-01 00:00:00+00' + g.\"X\" * interval '1' second, 0 from system_range(1, " + orgs + ") g");
    s.execute("create table other_write (id bigint)");
    String q = "select count(o1_0.id), max(o1_0.updated_at) from organization o1_0";
    for (int round = 0; round < 3; round++) {
      for (boolean index : new boolean[] { false, true }) {
        if (index) s.execute("create index ix_organization_updated on organization (updated_at)"); else s.execute("drop index if exists ix_organization_updated");
        try (PreparedStatement p = c.prepareStatement(q)) {
          for (int i = 0; i < 50; i++) { try (ResultSet r = p.executeQuery()) { r.next(); } }
          long cpu = 0; int n = 200;
          for (int i = 0; i < n; i++) {
            s.execute("insert into other_write values (" + i + ")"); // a write elsewhere: H2 reuses no earlier result, as during an import
            long start = threads.getCurrentThreadCpuTime();
            try (PreparedStatement fresh = c.prepareStatement(q); ResultSet r = fresh.executeQuery()) { r.next(); } // as Hibernate: prepared, run, closed
            cpu += threads.getCurrentThreadCpuTime() - start;
          }
          System.out.printf("%d organizations, %s: %.1f µs CPU per check%n", orgs, index ? "with ix_organization_updated" : "table scan (before)", cpu / 1e3 / n);
        }
      }
    }
  } } }

package dev.newsgraph.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Whether Flyway's schema history already holds exactly the migrations on the class path, read with
 * one plain query so that a start on an up-to-date database need not run Flyway at all.
 * "Current" means: every versioned migration of the location (SQL files, and Java migrations compiled
 * into the same package) is in the history, successful, of its type and with the checksum Flyway records, and the history holds nothing else (no failed row, no
 * version the class path lacks, no baseline or repair row). Anything else, a fresh database or one
 * the check cannot read included, is "not current" and Flyway runs as before and decides.
 */
public final class SchemaHistory {

    /** Flyway's versioned SQL name: V, the version (dots or underscores), two underscores, a description. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");
    /** A versioned Java migration's class (top-level, so no {@code $}), which Flyway records as type JDBC. */
    private static final Pattern VERSIONED_CLASS = Pattern.compile("V([0-9][0-9_]*)__[^$]*\\.class");

    /**
     * One versioned migration of the class path: its version as Flyway writes it, the history's type (SQL,
     * or JDBC for a Java migration) and checksum (a Java migration's is null unless it computes one, and
     * then the check fails and Flyway runs).
     */
    public record Migration(String version, String type, Integer checksum) {
    }

    private SchemaHistory() {
    }

    /**
     * The versioned migrations in {@code location} (a class path folder, e.g. {@code db/migration}: its SQL
     * files and the classes of Java migrations in the package of that name), or null when the folder cannot
     * be listed or holds any other kind of file (repeatable migrations, callbacks): the caller then runs
     * Flyway, which knows them.
     */
    public static List<Migration> onClassPath(ClassLoader loader, String location) throws IOException {
        Map<String, String> files = listFolder(loader, location);
        if (files == null || files.isEmpty()) {
            return null;
        }
        List<Migration> migrations = new ArrayList<>(files.size());
        for (String name : files.keySet()) {
            Matcher javaMigration = VERSIONED_CLASS.matcher(name);
            if (javaMigration.matches()) {
                migrations.add(new Migration(javaMigration.group(1).replace('_', '.'), "JDBC", null));
                continue;
            }
            if (name.endsWith(".class") && name.contains("$")) {
                continue; // a Java migration's nested or anonymous class
            }
            Matcher versioned = VERSIONED.matcher(name);
            if (!versioned.matches()) {
                return null;
            }
            try (InputStream in = loader.getResourceAsStream(files.get(name))) {
                if (in == null) {
                    return null;
                }
                migrations.add(new Migration(versioned.group(1).replace('_', '.'), "SQL", checksum(in)));
            }
        }
        return migrations;
    }

    /**
     * Flyway's checksum of a SQL migration: CRC-32 over the UTF-8 bytes of each line, without line
     * ends and without a byte-order mark, so that a file only re-saved with other line ends matches.
     */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    /**
     * True when the history table of {@code connection}'s current schema holds exactly
     * {@code migrations}; false for a missing or unreadable table (the statement's error is the answer).
     */
    public static boolean isCurrent(Connection connection, String table, List<Migration> migrations) {
        Map<String, Migration> expected = new HashMap<>();
        for (Migration migration : migrations) {
            expected.put(migration.version(), migration);
        }
        int matched = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version, type, checksum, success from " + table)) {
            while (rows.next()) {
                String version = rows.getString(1);
                String type = rows.getString(2);
                int value = rows.getInt(3);
                Integer checksum = rows.wasNull() ? null : value;
                boolean success = rows.getBoolean(4);
                if (version == null && "TABLE".equals(type) && success) {
                    continue; // Flyway's marker of the table's own creation
                }
                Migration wanted = version == null ? null : expected.remove(version);
                if (!success || wanted == null || !wanted.type().equals(type)
                        || !Objects.equals(wanted.checksum(), checksum)) {
                    return false;
                }
                matched++;
            }
        } catch (SQLException missingOrUnreadable) {
            return false;
        }
        return matched > 0 && expected.isEmpty();
    }

    /** File name to resource path of each file directly in {@code location}, or null if it cannot be listed. */
    private static Map<String, String> listFolder(ClassLoader loader, String location) throws IOException {
        String folder = location.endsWith("/") ? location : location + "/";
        Enumeration<URL> urls = loader.getResources(folder.substring(0, folder.length() - 1));
        Map<String, String> files = new HashMap<>();
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            if ("file".equals(url.getProtocol())) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(url.toURI()))) {
                    for (Path entry : entries) {
                        if (Files.isRegularFile(entry) && files.put(entry.getFileName().toString(),
                                folder + entry.getFileName()) != null) {
                            return null; // the same name in two places: Flyway reports that, not us
                        }
                    }
                } catch (URISyntaxException e) {
                    return null;
                }
            } else if ("jar".equals(url.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(folder) && name.length() > folder.length()
                                && name.indexOf('/', folder.length()) < 0
                                && files.put(name.substring(folder.length()), name) != null) {
                            return null;
                        }
                    }
                }
            } else {
                return null; // e.g. a native image's resources: let Flyway look
            }
        }
        return files;
    }
}

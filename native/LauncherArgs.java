import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The part of the {@code native-image} launcher that native/compile-check.sh needs, since only the image
 * builder is published: turns the launcher options of Quarkus' {@code native-image.args} into builder
 * options and JVM flags, puts the runner jar and its manifest {@code Class-Path} on the image class path,
 * and applies every {@code META-INF/native-image/**} file on it ({@code native-image.properties}: its
 * {@code Args} and {@code JavaArgs}; the JSON metadata files: as {@code -H:*ConfigurationResources}),
 * minus those named by {@code --exclude-config}.
 *
 * <p>A launcher option it does not know is an error, so nothing is silently dropped. The translations
 * follow the builder's own {@code @APIOption} declarations in its 25.0.2 jars (for example
 * {@code --initialize-at-run-time=a,b} is {@code -H:ClassInitialization=a:run_time,b:run_time}); a
 * wrong builder option name would stop the builder, and check-build.mjs compares what the builder
 * reports back with what this class expects.
 *
 * <pre>java LauncherArgs.java SOURCES_DIR OUT_DIR CLIBRARY_DIR</pre>
 * writes OUT_DIR/builder-jvm.args (one per line), OUT_DIR/builder.args (NUL-separated, for
 * {@code --image-args-file=}) and OUT_DIR/expected-options.txt (what the builder must report back).
 */
public class LauncherArgs {

    /** Launcher option (with "=") or flag → builder option; values are copied unless noted. */
    private static final Map<String, String> API_OPTIONS = Map.of(
            "--features=", "-H:Features=",
            "--enable-url-protocols=", "-H:EnableURLProtocols=",
            "--enable-monitoring=", "-H:EnableMonitoringFeatures=",
            "--enable-native-access=", "-H:EnableNativeAccess=",
            "--link-at-build-time=", "-H:LinkAtBuildTime=");
    private static final Map<String, String> API_FLAGS = Map.of(
            "--no-fallback", "-H:FallbackThreshold=0",
            "--link-at-build-time", "-H:LinkAtBuildTime=");
    /** --initialize-at-*=a,b becomes -H:ClassInitialization=a:KIND,b:KIND (the builder's value transformer). */
    private static final Map<String, String> CLASS_INITIALIZATION = Map.of(
            "--initialize-at-run-time=", "run_time",
            "--initialize-at-build-time=", "build_time");
    /** The JSON metadata files the launcher turns into resource options, in its order. */
    private static final Map<String, String> METADATA_FILES = orderedMap(
            "reachability-metadata.json", "ReachabilityMetadataResources",
            "jni-config.json", "JNIConfigurationResources",
            "foreign-config.json", "ForeignResources",
            "reflect-config.json", "ReflectionConfigurationResources",
            "resource-config.json", "ResourceConfigurationResources",
            "proxy-config.json", "DynamicProxyConfigurationResources",
            "serialization-config.json", "SerializationConfigurationResources",
            "serialization-deny-config.json", "SerializationDenyConfigurationResources",
            "predefined-classes-config.json", "PredefinedClassesConfigurationResources");

    private final List<String> javaArgs = new ArrayList<>();
    private final List<String> builderArgs = new ArrayList<>();
    private final LinkedHashSet<Path> imageClasspath = new LinkedHashSet<>();
    private final List<Pattern[]> excludedConfigs = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();
    private final List<String> features = new ArrayList<>();
    /** "-H:Name origin": options passed as they are (not API options), which the builder may list as experimental. */
    private final List<String> rawOptions = new ArrayList<>();
    private String imageName;

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java LauncherArgs.java SOURCES_DIR OUT_DIR CLIBRARY_DIR");
            System.exit(2);
        }
        Path sources = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        LauncherArgs launcher = new LauncherArgs();
        List<String> cli = Arrays.asList(Files.readString(sources.resolve("native-image.args")).trim().split("\\s+"));
        launcher.process(new ArrayDeque<>(cli), null, sources);
        launcher.finish(cli, out, Path.of(args[2]).toAbsolutePath());
    }

    /** One queue of launcher arguments: the command line (origin null) or a properties file's Args. */
    private void process(Deque<String> queue, String origin, Path workDir) throws IOException {
        while (!queue.isEmpty()) {
            String arg = queue.poll();
            if (arg.startsWith("-J")) {
                javaArgs.add(arg.substring(2));
            } else if (arg.startsWith("-H:")) {
                builderArgs.add(withOrigin(arg, origin));
                rawOptions.add(optionName(arg) + " " + (origin == null ? "command line" : originMarker(origin)));
            } else if (API_FLAGS.containsKey(arg)) {
                builderArgs.add(withOrigin(API_FLAGS.get(arg), api(origin)));
            } else if (arg.equals("--exclude-config")) {
                excludedConfigs.add(new Pattern[] {Pattern.compile(queue.poll()), Pattern.compile(queue.poll())});
            } else if (arg.equals("-jar")) {
                addJar(workDir.resolve(queue.poll()));
            } else if (!arg.startsWith("-") && origin == null) {
                imageName = arg;   // the image name, before -jar (Quarkus' layout)
            } else {
                builderArgs.add(withOrigin(translate(arg), api(origin)));
            }
        }
    }

    private String translate(String arg) {
        for (var option : API_OPTIONS.entrySet()) {
            if (arg.startsWith(option.getKey())) {
                String value = arg.substring(option.getKey().length());
                if (option.getKey().equals("--features=")) {
                    features.addAll(Arrays.asList(value.split(",")));
                }
                return option.getValue() + value;
            }
        }
        for (var init : CLASS_INITIALIZATION.entrySet()) {
            if (arg.startsWith(init.getKey())) {
                return "-H:ClassInitialization=" + Stream.of(arg.substring(init.getKey().length()).split(","))
                        .map(name -> name + ":" + init.getValue()).collect(Collectors.joining(","));
            }
        }
        throw new IllegalArgumentException("launcher option not handled by native/LauncherArgs.java: " + arg);
    }

    private void addJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest().getMainAttributes();
            String origin = "manifest from " + jar.toUri();
            builderArgs.add(withOrigin("-H:Class=" + main.getValue("Main-Class"), origin));
            String opens = main.getValue("Add-Opens");
            for (String module : opens == null ? new String[0] : opens.trim().split(" +")) {
                builderArgs.add("-H:AddOpens=" + module + "=ALL-UNNAMED");   // no origin, as the launcher does
                rawOptions.add("-H:AddOpens command line");
            }
            if ("ALL-UNNAMED".equals(main.getValue("Enable-Native-Access"))) {
                javaArgs.add("--enable-native-access=ALL-UNNAMED");
            }
            addClasspathEntry(jar);
            String classPath = main.getValue("Class-Path");
            for (String entry : classPath == null ? new String[0] : classPath.trim().split(" +")) {
                addClasspathEntry(jar.getParent().resolve(entry).normalize());
            }
        }
    }

    private void addClasspathEntry(Path entry) throws IOException {
        if (!Files.isRegularFile(entry) || !imageClasspath.add(entry.toRealPath())) {
            return;
        }
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + entry.toUri()), Map.of())) {
            Path metaInf = jar.getPath("/META-INF/native-image");
            if (!Files.isDirectory(metaInf)) {
                return;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(metaInf)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files.stream().filter(f -> f.endsWith("native-image.properties")).toList()) {
                if (!excluded(entry, file)) {
                    applyProperties(entry, file);
                }
            }
            for (var type : METADATA_FILES.entrySet()) {
                for (Path file : files.stream().filter(f -> f.endsWith(type.getKey())).toList()) {
                    if (!excluded(entry, file)) {
                        String origin = file.toUri() + "+api";
                        builderArgs.add(withOrigin("-H:" + type.getValue() + "=" + file.toString().substring(1), origin));
                        applied.add(file.toUri().toString());
                    }
                }
            }
        }
    }

    private boolean excluded(Path entry, Path file) {
        return excludedConfigs.stream().anyMatch(e -> e[0].matcher(entry.toString()).find()
                && e[1].matcher(file.toString()).find());
    }

    private void applyProperties(Path entry, Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        for (String key : properties.stringPropertyNames()) {
            if (!key.equals("Args") && !key.equals("JavaArgs")) {
                throw new IllegalArgumentException(file.toUri() + ": property " + key + " not handled by native/LauncherArgs.java");
            }
        }
        String origin = file.toUri().toString();
        javaArgs.addAll(values(properties.getProperty("JavaArgs"), file));
        process(new ArrayDeque<>(values(properties.getProperty("Args"), file)), origin, entry.getParent());
        applied.add(origin);
    }

    /** A property value split on whitespace; ${.} is the folder of the properties file, as for the launcher. */
    private static List<String> values(String value, Path file) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String folder = file.getParent().toString();
        return Stream.of(value.trim().split("\\s+")).map(v -> v.replace("${.}", folder)).toList();
    }

    private void finish(List<String> cli, Path out, Path clibraries) throws IOException {
        if (imageName == null) {
            throw new IllegalArgumentException("native-image.args names no image");
        }
        List<String> builder = new ArrayList<>();
        builder.add("-imagecp");
        builder.add(imageClasspath.stream().map(Path::toString).collect(Collectors.joining(":")));
        builder.add(withOrigin("-H:CLibraryPath=" + clibraries, "driver"));
        builder.add(withOrigin("-H:Path=" + out.resolve("image"), "driver"));
        builder.addAll(builderArgs);
        builder.add(withOrigin("-H:Name=" + imageName, "explicit image name"));
        builder.add(withOrigin("-H:ImageBuildID=" + UUID.nameUUIDFromBytes(String.join(" ", cli).getBytes(StandardCharsets.UTF_8)), "driver"));
        Files.createDirectories(out.resolve("image"));
        Files.write(out.resolve("builder-jvm.args"), javaArgs);
        Files.writeString(out.resolve("builder.args"), String.join("\0", builder));
        List<String> expected = new ArrayList<>();
        features.forEach(f -> expected.add("feature " + f));
        rawOptions.forEach(o -> expected.add("option " + o));
        applied.forEach(a -> expected.add("applied " + a));
        Files.write(out.resolve("expected-options.txt"), expected);
        System.out.printf("launcher work: %d builder options, %d JVM options, %d class path entries, %d META-INF/native-image files applied%n",
                builder.size() - 2, javaArgs.size(), imageClasspath.size(), applied.size());
    }

    private static String withOrigin(String option, String origin) {
        if (origin == null || !option.startsWith("-H:")) {
            return option;
        }
        int eq = option.indexOf('=');
        return eq < 0 ? option + "@" + origin : option.substring(0, eq) + "@" + origin + option.substring(eq);
    }

    /** -H:+Foo, -H:-Foo, -H:Foo=1 and -H:Foo@origin=1 are all -H:Foo. */
    static String optionName(String option) {
        return "-H:" + option.substring(3).replaceFirst("^[+-]", "").replaceFirst("[@=].*", "");
    }

    /** How the builder names a properties file in a jar: by its path inside the jar. */
    private static String originMarker(String origin) {
        return origin.substring(origin.indexOf("!/") + 2);
    }

    private static String api(String origin) {
        return (origin == null ? "user" : origin) + "+api";
    }

    private static Map<String, String> orderedMap(String... pairs) {
        var map = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

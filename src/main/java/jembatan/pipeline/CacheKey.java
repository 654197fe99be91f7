package jembatan.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jembatan.config.SiteConfig;
import jembatan.facts.FactSheetLoader;

/**
 * What a build cache kept on disk is valid for. {@link #code()} names the generator that wrote
 * it: Jembatan's version and the contents of the code it runs (the jar's entries, or the class
 * folders), so that a new build of the generator never reads a cache an older one wrote.
 * {@link #environment} describes, as plain text, the inputs that the in-memory cache compares as
 * {@link Inputs.Environment}: the options, the templates as read, the files the configuration
 * and the facts are read from, and where each article is published. A stored run's results are
 * reused only when the description is equal, as a preview's are only when the environment is.
 */
final class CacheKey {
    private CacheKey() {
    }

    /** The classes whose code source makes the output: Jembatan's, and the libraries' that render it. */
    private static final List<String> CODE = List.of("jembatan.pipeline.Build", "com.vladsch.flexmark.parser.Parser", "org.jsoup.Jsoup",
            "freemarker.template.Configuration", "org.yaml.snakeyaml.Yaml");

    private static volatile String code;

    /** Jembatan's version and a check of its code and libraries, as read once per JVM. */
    static String code() {
        String known = code;
        if (known != null) return known;
        String version = java.util.Optional.ofNullable(CacheKey.class.getPackage().getImplementationVersion()).orElse("development");
        CRC32C check = new CRC32C();
        List<Path> sources = new ArrayList<>();
        for (String name : CODE) {
            try {
                Class<?> type = Class.forName(name, false, CacheKey.class.getClassLoader());
                Path source = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (!sources.contains(source)) sources.add(source);
            } catch (ReflectiveOperationException | RuntimeException | java.net.URISyntaxException e) {
                check.update(name.getBytes(StandardCharsets.UTF_8));
            }
        }
        code = code(version, sources, check);
        return code;
    }

    /**
     * What {@link #code()} says of {@code version} and the code in {@code sources} (jars or class
     * folders), {@code check} going on from what it has taken already.
     */
    static String code(String version, List<Path> sources, CRC32C check) {
        for (Path source : sources) {
            check.update(source.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            if (Files.isDirectory(source)) folder(source, check);
            else jar(source, check);
        }
        return "jembatan " + version + ", code " + Long.toHexString(check.getValue());
    }

    /**
     * A jar's entries by name, size and CRC-32 as its directory lists them, not its bytes: the
     * times in a jar change with every packaging of the same code, and reading the directory
     * costs milliseconds where reading the classes would cost a tenth of a second.
     */
    private static void jar(Path source, CRC32C check) {
        try (ZipFile jar = new ZipFile(source.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                check.update((entry.getName() + " " + entry.getSize() + " " + entry.getCrc() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            check.update(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A class folder's files, names and contents (Maven runs the generator from {@code target/classes}). */
    private static void folder(Path source, CRC32C check) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                check.update(source.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                check.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            check.update(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The environment of a run, as text that is equal exactly when the environments are: the
     * options, the templates as {@link Inputs#fingerprint} read them, the bytes of
     * {@code content/site.yaml} and of every file under {@code content/facts/} (what the
     * configuration and the facts are made from; the dictionaries are among the templates), and
     * each article's address, the files left out and those that could not be read.
     */
    static List<String> environment(Path projectRoot, Inputs.Environment environment) {
        List<String> description = new ArrayList<>();
        description.add(environment.options().toString());
        description.add("templates " + environment.templates().size());
        description.addAll(environment.templates());
        description.add(SiteConfig.FILE);
        try {
            description.add(new String(Files.readAllBytes(projectRoot.resolve(SiteConfig.FILE)), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            description.add("unreadable " + e.getMessage());
        }
        List<String> facts = Inputs.fingerprint(projectRoot.resolve(FactSheetLoader.FOLDER));
        description.add("facts " + facts.size());
        description.addAll(facts);
        Map<String, String> paths = new TreeMap<>(environment.paths());
        description.add("paths " + paths.size());
        paths.forEach((file, path) -> description.add(file + " " + path));
        description.add("left out " + environment.leftOut().size());
        description.addAll(environment.leftOut());
        description.add("unreadable " + environment.unreadable().size());
        description.addAll(environment.unreadable());
        return description;
    }
}

package jembatan;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOptions;
import jembatan.pipeline.BuildOutcome;
import jembatan.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A whole project in a temporary folder, for tests: written from one text block of
 * {@code -- path --} sections, or copied from a folder under src/test/resources. Unless the test
 * brings its own, the project gets the real {@code templates/}, so every test also exercises the
 * templates that ship.
 */
public final class TestProject {
    public static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Pattern SECTION = Pattern.compile("^-- (\\S+) --$", Pattern.MULTILINE);

    private final Path root;

    private TestProject(Path root) {
        this.root = root;
    }

    /** Writes {@code -- content/site.yaml --} sections of {@code text} under {@code root}. */
    public static TestProject of(Path root, String text) {
        TestProject project = new TestProject(root);
        Matcher matcher = SECTION.matcher(text);
        List<MatchResult> sections = matcher.results().map(MatchResult::new).toList();
        for (int i = 0; i < sections.size(); i++) {
            int end = i + 1 < sections.size() ? sections.get(i + 1).start : text.length();
            project.write(sections.get(i).path, text.substring(sections.get(i).end + 1, end));
        }
        project.withRealTemplatesUnlessGiven();
        return project;
    }

    /** Copies a project folder (e.g. {@code src/test/resources/fixtures/every-feature}) under {@code root}. */
    public static TestProject copyOf(Path source, Path root) {
        copyTree(source, root);
        TestProject project = new TestProject(root);
        project.withRealTemplatesUnlessGiven();
        return project;
    }

    private record MatchResult(String path, int start, int end) {
        MatchResult(java.util.regex.MatchResult m) {
            this(m.group(1), m.start(), m.end());
        }
    }

    private void withRealTemplatesUnlessGiven() {
        Path templates = root.resolve("templates");
        copyTree(REPOSITORY.resolve("templates"), templates, false);
    }

    public Path root() {
        return root;
    }

    public TestProject write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestProject write(String path, byte[] bytes) {
        try {
            Path target = root.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildOutcome build() {
        return Build.run(root, BuildOptions.defaults());
    }

    public BuildOutcome build(BuildOptions options) {
        return Build.run(root, options);
    }

    /** Builds and expects success. */
    public BuildOutcome.Built built(BuildOptions options) {
        BuildOutcome outcome = Build.run(root, options);
        if (outcome instanceof BuildOutcome.Failed failed) {
            throw new AssertionError("build failed:\n" + String.join("\n", failed.problems().stream().map(Object::toString).toList()));
        }
        return (BuildOutcome.Built) outcome;
    }

    /** The problems of a build that must fail, as the lines an editor sees. */
    public List<String> problems() {
        BuildOutcome outcome = build();
        if (outcome instanceof BuildOutcome.Failed failed) return failed.problems().stream().map(Object::toString).toList();
        throw new AssertionError("expected the build to fail, but it built");
    }

    /** Runs the command line in this project; returns exit status, standard output and error. */
    public Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Arrays.stream(args), Stream.of("--project", root.toString())).toArray(String[]::new);
        int status = Main.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    public record Run(int status, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Every file under a folder (a site), by path, its bytes as ISO-8859-1 text, so that a difference between two sites shows. */
    public static java.util.SortedMap<String, String> files(Path folder) {
        java.util.SortedMap<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A page of a built site, parsed, e.g. {@code page(built, "en/about/index.html")}. */
    public static Document page(BuildOutcome.Built built, String file) {
        String html = built.site().text(file).orElseThrow(() -> new AssertionError("no " + file + " in " + built.site().files().keySet()));
        return Jsoup.parse(html);
    }

    public static void copyTree(Path source, Path target) {
        copyTree(source, target, true);
    }

    /** A copy of {@code source} whose files are hard links to its own, as {@code cp -al} makes a backup. */
    public static void linkTree(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.sorted().toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) Files.createDirectories(destination);
                else Files.createLink(destination, path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path source, Path target, boolean overwrite) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.sorted().toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else if (overwrite || !Files.exists(destination)) {
                    Files.createDirectories(destination.getParent());
                    Files.copy(path, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package jembatan.hugo;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes an {@link ImportedProject} into a new project folder, with the templates of a new
 * project: the {@code templates/} this repository ships, which the jar carries as resources
 * under {@value #TEMPLATES}. It writes only into a folder that is missing or empty, and never
 * into the Hugo project itself; each file is created new, never written through.
 */
public final class ProjectWriter {
    static final String TEMPLATES = "jembatan/new-project/templates";

    private ProjectWriter() {
    }

    /** Why the project cannot be written into {@code into}: a folder that holds files, or one inside SOURCE; nothing when it can. */
    public static Optional<String> refusal(Path source, Path into) throws IOException {
        Path from = source.toRealPath();
        Path target = into.toAbsolutePath().normalize();
        Path existing = target;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) existing = existing.getParent();
        if (existing != null && existing.toRealPath().startsWith(from)) return Optional.of(into + " is inside the Hugo project, which the import never writes into; choose a folder outside it");
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) return Optional.of(into + " is not a folder; choose a new folder with --into");
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) return Optional.of(into + " is not empty; choose a new or empty folder with --into, nothing was written");
            }
        }
        return Optional.empty();
    }

    /** Writes the project's files and the templates into {@code into}. */
    public static void write(Path into, ImportedProject project) throws IOException {
        Files.createDirectories(into);
        for (Map.Entry<String, ImportedProject.ProjectFile> file : project.files().entrySet()) {
            Path target = into.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            if (file.getValue() instanceof ImportedProject.Text text) {
                Files.writeString(target, text.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } else {
                Files.copy(((ImportedProject.Copy) file.getValue()).from(), target);
            }
        }
        writeTemplates(into.resolve("templates"));
    }

    private static void writeTemplates(Path into) throws IOException {
        URL known = ProjectWriter.class.getClassLoader().getResource(TEMPLATES + "/article.ftlh");
        if (known == null) throw new IOException("the templates of a new project are missing from Jembatan's jar");
        URI uri;
        try {
            uri = known.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (uri.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copyTree(jar.getPath("/" + TEMPLATES), into);
            }
        } else {
            copyTree(Path.of(uri).getParent(), into);
        }
    }

    private static void copyTree(Path from, Path into) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path target = into.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }
}

package jembatan.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import jembatan.report.Problems;

/**
 * The files published as they are: the designers' stylesheet, icons and fonts under
 * {@code templates/assets/} (published under {@code assets/}), and the editors' pictures and
 * documents under {@code content/media/} (under {@code media/}). Symbolic links are refused, so
 * nothing from outside the project can be published by accident.
 */
public final class Assets {
    public static final String FOLDER = "templates/assets";
    public static final String MEDIA = "content/media";

    private Assets() {
    }

    /** Every published file by its output path ({@code assets/style.css}, {@code media/photo.jpg}), sorted. */
    public static SortedMap<String, byte[]> collect(Path projectRoot, Problems problems) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        copy(projectRoot, FOLDER, "assets/", files, problems);
        copy(projectRoot, MEDIA, "media/", files, problems);
        return files;
    }

    private static void copy(Path projectRoot, String from, String to, SortedMap<String, byte[]> files, Problems problems) {
        Path folder = projectRoot.resolve(from);
        if (!Files.isDirectory(folder)) return;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> !p.equals(folder)).sorted().toList();
        } catch (IOException e) {
            problems.at(from, 0, "cannot be listed (" + e.getClass().getSimpleName() + ")", "check the folder's permissions");
            return;
        }
        for (Path path : paths) {
            String relative = folder.relativize(path).toString().replace('\\', '/');
            String file = from + "/" + relative;
            if (Files.isSymbolicLink(path)) {
                problems.at(file, 0, "is a symbolic link", "copy the file into " + from + "/ instead of linking to it");
            } else if (Files.isRegularFile(path) && !path.getFileName().toString().startsWith(".")) {
                try {
                    files.put(to + relative, Files.readAllBytes(path));
                } catch (IOException e) {
                    problems.at(file, 0, "cannot be read (" + e.getClass().getSimpleName() + ")", "check the file's permissions");
                }
            }
        }
    }
}

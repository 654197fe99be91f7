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
 * The designers' static files (the stylesheet, icons, fonts) under {@code templates/assets/},
 * published as they are under {@code assets/}. Symbolic links are not followed, so nothing from
 * outside the project can be published by accident.
 */
public final class Assets {
    public static final String FOLDER = "templates/assets";

    private Assets() {
    }

    /** Every asset file by its output path ({@code assets/style.css}), sorted. */
    public static SortedMap<String, byte[]> collect(Path projectRoot, Problems problems) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Path folder = projectRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) return files;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.filter(p -> !p.equals(folder)).sorted().toList();
        } catch (IOException e) {
            problems.at(FOLDER, 0, "cannot be listed (" + e.getClass().getSimpleName() + ")", "check the folder's permissions");
            return files;
        }
        for (Path path : paths) {
            String relative = folder.relativize(path).toString().replace('\\', '/');
            String file = FOLDER + "/" + relative;
            if (Files.isSymbolicLink(path)) {
                problems.at(file, 0, "is a symbolic link", "copy the file into templates/assets/ instead of linking to it");
            } else if (Files.isRegularFile(path) && !path.getFileName().toString().startsWith(".")) {
                try {
                    files.put("assets/" + relative, Files.readAllBytes(path));
                } catch (IOException e) {
                    problems.at(file, 0, "cannot be read (" + e.getClass().getSimpleName() + ")", "check the file's permissions");
                }
            }
        }
        return files;
    }
}

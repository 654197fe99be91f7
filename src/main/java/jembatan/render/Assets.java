package jembatan.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import jembatan.report.Problems;
import jembatan.source.SourceText;

/**
 * The files published as they are: the designers' stylesheet, icons and fonts under
 * {@code templates/assets/} (published under {@code assets/}), and the editors' pictures and
 * documents under {@code content/media/} (under {@code media/}). Symbolic links are refused, so
 * nothing from outside the project can be published by accident; so are what is not a file (a
 * named pipe, a device), a file over {@link #MAX_BYTES}, names that some file systems refuse, and
 * files a browser would run rather than show ({@link ActiveFiles}: HTML, SVG with script).
 */
public final class Assets {
    public static final String FOLDER = "templates/assets";
    public static final String MEDIA = "content/media";
    /** The largest file published as it is: GitHub Pages refuses larger ones, and the build holds every file in memory. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private Assets() {
    }

    /** Every published file by its output path ({@code assets/style.css}, {@code media/photo.jpg}), sorted. */
    public static SortedMap<String, byte[]> collect(Path projectRoot, Problems problems) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        copy(projectRoot, FOLDER, "assets/", files, problems);
        copy(projectRoot, MEDIA, "media/", files, problems);
        reportNamesThatFold(files, problems);
        return files;
    }

    /**
     * Names each stylesheet after its content ({@code assets/style.css} becomes
     * {@code assets/style.1a2b3c4d5e.css}), so that a browser may cache it for good and still
     * never shows an old one; each is minified first ({@link CssMinifier}). Returns the renamed files and, for the pages, each old site path
     * with its new one.
     */
    public record Fingerprinted(SortedMap<String, byte[]> files, java.util.Map<String, String> renamed) {
    }

    public static Fingerprinted fingerprint(SortedMap<String, byte[]> files) {
        SortedMap<String, byte[]> out = new TreeMap<>();
        java.util.Map<String, String> renamed = new java.util.TreeMap<>();
        for (java.util.Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            if (name.startsWith("assets/") && name.endsWith(".css")) {
                byte[] css = CssMinifier.minify(file.getValue());
                String hashed = name.substring(0, name.length() - 4) + "." + hash(css) + ".css";
                out.put(hashed, css);
                renamed.put("/" + name, "/" + hashed);
            } else {
                out.put(name, file.getValue());
            }
        }
        return new Fingerprinted(out, renamed);
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return java.util.HexFormat.of().formatHex(digest, 0, 5);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /**
     * Two files whose names differ only in case or Unicode normalization are one file on an
     * editor's laptop and two on GitHub Pages: a link that works in the preview breaks online.
     */
    private static void reportNamesThatFold(SortedMap<String, byte[]> files, Problems problems) {
        java.util.Map<String, String> folded = new java.util.HashMap<>();
        for (String name : files.keySet()) {
            String key = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
            String other = folded.putIfAbsent(key, name);
            if (other != null) {
                String source = name.startsWith("media/") ? "content/" + name : "templates/" + name;
                String otherSource = other.startsWith("media/") ? "content/" + other : "templates/" + other;
                problems.at(source, 0, "differs from " + otherSource + " only in case or accents' encoding",
                        "rename one of them; laptops take them for one file, the web server for two");
            }
        }
    }

    /**
     * The first character of {@code name} that a file system refuses or reads as part of a path
     * ({@code \\} on Windows, {@code :} on macOS and Windows, the rest on Windows, control
     * characters anywhere), as an editor reads it.
     */
    static Optional<String> unsafeCharacter(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) return Optional.of(String.format(Locale.ROOT, "the control character U+%04X", (int) c));
            if ("\\:*?\"<>|".indexOf(c) >= 0) return Optional.of("\"" + c + "\"");
        }
        return Optional.empty();
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
            String relative = folder.relativize(path).toString().replace(java.io.File.separatorChar, '/');
            String file = from + "/" + relative;
            String name = path.getFileName().toString();
            if (Files.isSymbolicLink(path)) {
                problems.at(file, 0, "is a symbolic link", "copy the file into " + from + "/ instead of linking to it");
            } else if (name.startsWith(".") || Files.isDirectory(path) && unsafeCharacter(name).isEmpty()) {
                continue;
            } else if (unsafeCharacter(relative).isPresent()) {
                // Reported once, at the file or folder whose own name has it; what is under such a folder is left out with it.
                unsafeCharacter(name).ifPresent(c -> problems.at(file, 0, "the name \"" + name + "\" has " + c + ", which some file systems refuse or read as part of a path",
                        "rename it with letters, digits, \"-\", \"_\" and \".\""));
            } else {
                SourceText.readBytes(path, file, MAX_BYTES, "GitHub Pages refuses files over " + SourceText.size(MAX_BYTES)
                        + "; make it smaller, or publish it elsewhere and link to it", problems).ifPresent(bytes -> {
                    java.util.Optional<jembatan.report.Problem> refused = ActiveFiles.refusal(file, bytes);
                    if (refused.isPresent()) problems.add(refused.get());
                    else files.put(to + relative, bytes);
                });
            }
        }
    }
}

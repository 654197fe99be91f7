package jembatan.hugo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the files beside the pages go: Jembatan publishes pictures and documents from
 * {@code content/media/}, so a page bundle's {@code posts/trip/photo.jpg} becomes
 * {@code content/media/posts/trip/photo.jpg} (one copy for every language that has the same
 * bytes, else one per language under {@code media/<lang>/}), and {@code static/images/a.png}
 * becomes {@code content/media/images/a.png}. Each keeps the addresses Hugo served it at, so
 * that links to them are led to the new place.
 */
final class MediaPlan {
    /** One media file: the SOURCE paths it stands for, the file copied, the addresses Hugo served it at. */
    record Media(List<String> sources, Path from, List<String> oldAddresses) {
    }

    private static final String REFUSED = "\\:*?\"<>|";

    private MediaPlan() {
    }

    static SortedMap<String, Media> of(Path source, HugoConfig config, HugoContent content, List<PagePlan> plans, ImportReport report) {
        SortedMap<String, Media> media = new TreeMap<>();
        for (HugoContent.Resource resource : content.resources()) {
            if (!fits(resource.source(), resource.path(), report)) continue;
            List<String> languages = resource.language() != null ? List.of(resource.language())
                    : config.languages().stream().map(HugoConfig.HugoLanguage::code).toList();
            List<String> addresses = languages.stream().map(l -> address(resource, l, config, plans)).toList();
            Path from = source.resolve(resource.source());
            String target = "content/media/" + resource.path();
            Media earlier = media.get(target);
            if (earlier != null && !same(earlier.from(), from)) target = "content/media/" + resource.language() + "/" + resource.path();
            add(media, target, resource.source(), from, addresses);
            report.converted("pictures and files beside pages, moved to content/media/");
        }
        Path statics = source.resolve("static");
        if (Files.isDirectory(statics)) {
            try (Stream<Path> walk = Files.walk(statics)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String path = statics.relativize(file).toString().replace('\\', '/');
                    if (path.startsWith(".") || path.contains("/.") || !fits("static/" + path, path, report)) continue;
                    if (media.containsKey("content/media/" + path)) {
                        report.dropped("files", "static/" + path, 0, "has the name of a page's file, content/media/" + path + "; it was left out",
                                "rename one of them and import again");
                        continue;
                    }
                    add(media, "content/media/" + path, "static/" + path, file, List.of("/" + path));
                    report.converted("files of static/, moved to content/media/");
                }
            } catch (IOException | UncheckedIOException e) {
                report.dropped("files", "static", 0, "cannot be read: " + e.getMessage(), "make the folder readable and import again");
            }
        }
        return media;
    }

    private static void add(SortedMap<String, Media> media, String target, String sourcePath, Path from, List<String> addresses) {
        Media earlier = media.get(target);
        List<String> sources = new ArrayList<>(earlier == null ? List.of() : earlier.sources());
        List<String> all = new ArrayList<>(earlier == null ? List.of() : earlier.oldAddresses());
        sources.add(sourcePath);
        all.addAll(addresses);
        media.put(target, new Media(sources, from, all));
    }

    /** Whether Jembatan publishes a file of this name from content/media/; when not, it is reported. */
    private static boolean fits(String sourcePath, String path, ImportReport report) {
        if (path.matches("(?i).*\\.x?html?$")) {
            report.dropped("files", sourcePath, 0, "an HTML file is not published from content/media/; it was left out",
                    "write the page as an article, or publish the file elsewhere and link to it");
            return false;
        }
        if (path.chars().anyMatch(c -> REFUSED.indexOf(c) >= 0 || c < 0x20)) {
            report.dropped("files", sourcePath, 0, "the name has a character some file systems refuse; it was left out",
                    "rename it with letters, digits, \"-\", \"_\" and \".\" and import again");
            return false;
        }
        return true;
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.mismatch(a, b) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where Hugo served a page's file: under the address of the page whose folder holds it, or of the folder. */
    private static String address(HugoContent.Resource resource, String language, HugoConfig config, List<PagePlan> plans) {
        String folder = resource.path().contains("/") ? resource.path().substring(0, resource.path().lastIndexOf('/')) : "";
        String name = resource.path().substring(resource.path().lastIndexOf('/') + 1);
        Optional<Placement> owner = plans.stream().map(PagePlan::placement)
                .filter(p -> p.language().equals(language) && p.page().bundleFolder().equals(folder)
                        && (p.page().kind() == HugoPage.Kind.BUNDLE || p.page().isList()))
                .findFirst();
        if (owner.isPresent()) return owner.get().hugoAddress() + name;
        return config.languagePrefix(language) + "/" + (folder.isEmpty() ? "" : HugoAddresses.urlize(folder) + "/") + name;
    }
}

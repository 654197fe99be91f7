package jembatan.hugo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jembatan.source.YamlValue;

/**
 * The addresses Hugo publishes a page at, worked out as Hugo 0.111 does: the language's folder
 * (none for the default language unless {@code defaultContentLanguageInSubdir}), the folders and
 * the file name or {@code slug} in lower case with spaces as hyphens, or the {@code url:} as
 * written, or the section's {@code permalinks} pattern; and the old addresses its
 * {@code aliases:} name, absolute ones as written, relative ones from the page's folder.
 */
final class HugoAddresses {
    private HugoAddresses() {
    }

    /** The site path Hugo publishes {@code page} at. */
    static String of(HugoPage page, HugoConfig config) {
        String prefix = config.languagePrefix(page.language());
        Optional<String> url = field(page, "url");
        if (url.isPresent()) return sitePath(url.get());
        if (page.isList()) return prefix + "/" + (page.folder().isEmpty() ? "" : urlize(page.folder()) + "/");
        String section = page.folder().isEmpty() ? "" : page.folder().split("/")[0];
        String pattern = config.permalinks().get(section);
        if (pattern != null && !section.isEmpty()) return prefix + sitePath(expand(pattern, page, config));
        String last = field(page, "slug").orElse(page.name());
        return prefix + "/" + (page.folder().isEmpty() ? "" : urlize(page.folder()) + "/") + urlize(last) + "/";
    }

    /** The old addresses the page's {@code aliases:} list, as Hugo writes their redirects. */
    static List<String> aliases(HugoPage page, String address) {
        List<String> paths = new ArrayList<>();
        HugoSettings.in(page.front().fields(), "aliases").ifPresent(value -> {
            List<YamlValue> items = value instanceof YamlValue.Sequence s ? s.items() : List.of(value);
            for (YamlValue item : items) {
                HugoSettings.text(item).ifPresent(alias -> paths.add(alias.startsWith("/") ? sitePath(alias)
                        : sitePath(address.substring(0, address.lastIndexOf('/', address.length() - 2) + 1) + alias)));
            }
        });
        return paths;
    }

    /** A path as Hugo writes it: from the root, ending in a slash unless it names a file. */
    static String sitePath(String written) {
        String path = written.startsWith("/") ? written : "/" + written;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return path.endsWith("/") || last.contains(".") ? path : path + "/";
    }

    /** Hugo's path of a name: lower case, each run of spaces a hyphen. */
    static String urlize(String name) {
        return name.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "-");
    }

    private static Optional<String> field(HugoPage page, String key) {
        return HugoSettings.textIn(page.front().fields(), key).filter(s -> !s.isBlank());
    }

    /** A permalink pattern with the page's values in it (:year, :month, :day, :slug, :title, :filename, :section, :sections). */
    private static String expand(String pattern, HugoPage page, HugoConfig config) {
        Optional<LocalDate> date = field(page, "date").flatMap(d -> HugoDates.parse(d, config.zone())).map(w -> w.date().day());
        String title = urlize(field(page, "title").orElse(page.name()));
        String expanded = pattern
                .replace(":year", date.map(d -> String.format(Locale.ROOT, "%04d", d.getYear())).orElse("0001"))
                .replace(":month", date.map(d -> String.format(Locale.ROOT, "%02d", d.getMonthValue())).orElse("01"))
                .replace(":day", date.map(d -> String.format(Locale.ROOT, "%02d", d.getDayOfMonth())).orElse("01"))
                .replace(":slug", field(page, "slug").map(HugoAddresses::urlize).orElse(title))
                .replace(":title", title)
                .replace(":filename", urlize(page.name()))
                .replace(":contentbasename", urlize(page.name()))
                .replace(":sections", urlize(page.folder()))
                .replace(":section", urlize(page.folder().split("/")[0]));
        return expanded.replaceAll("/+", "/");
    }
}

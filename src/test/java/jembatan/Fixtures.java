package jembatan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import jembatan.config.BaseUrl;
import jembatan.config.Language;
import jembatan.config.SiteConfig;

/** The two languages and the site configuration that focused tests share, and a way to write a project file. */
public final class Fixtures {
    public static final Language ID = new Language("id", Locale.forLanguageTag("id-ID"), "Bahasa Indonesia", "Jembatan", "", "EEEE, d MMMM yyyy");
    public static final Language EN = new Language("en", Locale.forLanguageTag("en-GB"), "English", "The Bridge", "", "EEEE, d MMMM yyyy");
    /** Indonesian first (the default), then English, published at https://example.org/. */
    public static final SiteConfig SITE = new SiteConfig(new BaseUrl("https://example.org", "/"), List.of(ID, EN), ID);

    /** A project's start, for {@link TestProject#of}: the site configuration and the two home pages. */
    public static final String TWO_LANGUAGES = """
            -- content/site.yaml --
            base_url: https://example.org/
            default_language: id
            languages:
              - {code: id, locale: id-ID, name: Bahasa Indonesia, title: Situs}
              - {code: en, locale: en-GB, name: English, title: Site}
            -- content/id/index.md --
            ---
            title: Beranda
            description: Beranda, secara singkat.
            ---
            -- content/en/index.md --
            ---
            title: Home
            description: Home, in brief.
            ---
            """;

    private Fixtures() {
    }

    /** Writes {@code text} to {@code file} under {@code root}, creating its folders. */
    public static void write(Path root, String file, String text) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

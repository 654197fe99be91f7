package jembatan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic bilingual corpus for the benchmark: {@code n} articles per language of about
 * 600 words each, with headings, lists, links between articles, a table, a code block, a fact box
 * and inline facts, written in Jembatan's own content format, and the same articles in Hugo's, so
 * that both generators build the same site. The same seed gives the same bytes, and both versions
 * of an article state the same numbers (the cross-language check passes).
 */
public final class Corpus {
    static final String[] ID_WORDS = ("perundingan delegasi pertukaran tahanan kesepakatan gencatan senjata menteri luar negeri pertahanan "
            + "presiden kantor istana kota laporan sumber pihak langkah berikutnya kontak hasil tahap hari bulan tahun warga sipil "
            + "anggota militer kembali harapan dialog kunci penyelesaian konflik panjang kecil besar sulit baik sangat penting").split(" ");
    static final String[] EN_WORDS = ("talks delegation exchange prisoners agreement ceasefire minister foreign defence president office "
            + "palace city report source side step next contact outcome stage day month year civilian member military return hope "
            + "dialogue key settlement conflict long small large difficult good very important").split(" ");

    private Corpus() {
    }

    /**
     * Writes a Jembatan project with {@code n} articles per language under {@code dir}, with a copy
     * of {@code templates}; returns the number of HTML pages it builds.
     */
    public static int writeJembatan(Path dir, int n, Path templates) throws IOException {
        try (var walk = Files.walk(templates)) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve("templates").resolve(templates.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        }
        write(dir.resolve("content/site.yaml"), """
                base_url: https://bench.example.org/
                default_language: id
                publisher: Bench
                languages:
                  - {code: id, locale: id-ID, name: Bahasa Indonesia, title: Arsip, description: Arsip uji kinerja.}
                  - {code: en, locale: en-GB, name: English, title: Archive, description: A benchmark archive.}
                """);
        write(dir.resolve("content/facts/bench.yaml"), """
                sources:
                  desk: {outlet: Bench desk, date: 2025-05-16, url: https://news.example.com/desk}
                facts:
                  each-side: {type: number, value: 1000, unit: {id: tahanan, en: prisoners}, label: {id: Per pihak, en: Each side}, sources: [desk]}
                  talks-day: {type: date, value: 2025-05-16, label: {id: Tanggal, en: Date}, sources: [desk]}
                  in-all: {type: number, formula: each-side * 2, label: {id: Seluruhnya, en: In all}}
                  stages:
                    type: table
                    label: {id: Tahap, en: Stages}
                    columns:
                      day: {type: date, label: {id: Tanggal, en: Date}}
                      count: {type: number, label: {id: Jumlah, en: Number}}
                    rows:
                      - {day: 2025-05-23, count: 600, sources: [desk]}
                      - {day: 2025-05-24, count: 400, sources: [desk]}
                checks:
                  - that: sum(stages.count) == each-side
                boxes:
                  summary: {title: {id: Ringkasan, en: Summary}, facts: [talks-day, each-side, in-all, stages]}
                """);
        for (String lang : List.of("id", "en")) {
            write(dir.resolve("content/" + lang + "/index.md"), "---\ntitle: " + (lang.equals("id") ? "Beranda" : "Home") + "\ndescription: "
                    + (lang.equals("id") ? "Laporan uji." : "Test reports.") + "\n---\n\n"
                    + (lang.equals("id") ? "Arsip uji." : "A test archive.") + "\n");
            for (int i = 1; i <= n; i++) write(dir.resolve("content/" + lang + "/" + name(i) + ".md"), article(lang, i, n, true));
        }
        return 2 * n + 4;
    }

    /** Writes the same articles as a Hugo site (two languages, minimal layouts) under {@code dir}. */
    public static void writeHugo(Path dir, int n) throws IOException {
        write(dir.resolve("hugo.toml"), """
                baseURL = "https://bench.example.org/"
                defaultContentLanguage = "id"
                defaultContentLanguageInSubdir = true
                disableKinds = ["taxonomy", "term"]
                [languages.id]
                  contentDir = "content/id"
                  languageName = "Bahasa Indonesia"
                  title = "Arsip"
                  weight = 1
                [languages.en]
                  contentDir = "content/en"
                  languageName = "English"
                  title = "Archive"
                  weight = 2
                [markup.goldmark.renderer]
                  unsafe = true
                """);
        write(dir.resolve("layouts/_default/baseof.html"), """
                <!doctype html><html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
                <link rel="canonical" href="{{ .Permalink }}">{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
                </head><body><nav>{{ range .Translations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>{{ end }}</nav>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(dir.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>{{ .Content }}</article>{{ end }}
                """);
        write(dir.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                """);
        for (String lang : List.of("id", "en")) {
            write(dir.resolve("content/" + lang + "/_index.md"), "---\ntitle: " + (lang.equals("id") ? "Beranda" : "Home") + "\n---\n");
            for (int i = 1; i <= n; i++) {
                String text = article(lang, i, n, false).replace("\n---\n", "\ntranslationKey: " + name(i) + "\n---\n");
                write(dir.resolve("content/" + lang + "/" + name(i) + ".md"), text);
            }
        }
    }

    static String name(int i) {
        return String.format(Locale.ROOT, "article-%05d", i);
    }

    /** One article of about 600 words; Jembatan's version uses a fact box and inline facts, Hugo's writes their text. */
    static String article(String lang, int i, int n, boolean jembatan) {
        boolean id = lang.equals("id");
        String[] words = id ? ID_WORDS : EN_WORDS;
        Random numbers = new Random(i * 7919L);
        Random text = new Random(i * 104729L + (id ? 1 : 2));
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: \"").append(id ? "Laporan " : "Report ").append(i).append("\"\n");
        out.append("description: \"").append(sentence(text, words, 12)).append("\"\n");
        out.append("date: ").append(String.format(Locale.ROOT, "2024-%02d-%02d", 1 + i % 12, 1 + i % 28)).append('\n');
        if (id) out.append("slug: laporan-").append(i).append('\n');
        out.append("---\n\n");
        String each = jembatan ? "{{fact each-side}}" : (id ? "1.000" : "1,000");
        String day = jembatan ? "{{fact talks-day}}" : (id ? "16 Mei 2025" : "16 May 2025");
        out.append(paragraph(text, words, 60)).append(' ').append(id ? "Setiap pihak mengembalikan " : "Each side returns ").append(each)
                .append(id ? " tahanan pada " : " prisoners on ").append(day).append(".\n\n");
        for (int section = 1; section <= 4; section++) {
            out.append("## ").append(sentence(text, words, 4)).append("\n\n");
            out.append(paragraph(text, words, 70)).append("\n\n");
            if (section == 1) {
                for (int item = 0; item < 4; item++) out.append("- ").append(sentence(text, words, 6)).append(' ').append(numbers.nextInt(900) + 10).append('\n');
                out.append('\n');
            }
            if (section == 2) {
                int next = i % n + 1;
                out.append(id ? "Lihat juga " : "See also ").append("[").append(id ? "laporan " : "report ").append(next).append("](").append(name(next)).append(".md).\n\n");
                out.append(id ? "| tahap | jumlah |\n|---|---|\n" : "| stage | number |\n|---|---|\n");
                for (int row = 1; row <= 3; row++) out.append("| ").append(row).append(" | ").append(numbers.nextInt(500) + 1).append(" |\n");
                out.append('\n');
            }
            if (section == 3) {
                out.append("```\n").append("stages = ").append(numbers.nextInt(9) + 1).append("\n```\n\n");
                out.append(jembatan ? "::: factbox summary" : (id ? "**Ringkasan**: 16 Mei 2025; 1.000 tahanan; 2.000 seluruhnya." : "**Summary**: 16 May 2025; 1,000 prisoners; 2,000 in all.")).append("\n\n");
            }
        }
        out.append(paragraph(text, words, 40)).append("\n");
        return out.toString();
    }

    private static String paragraph(Random random, String[] words, int count) {
        StringBuilder text = new StringBuilder();
        while (count > 0) {
            int length = Math.min(count, 8 + random.nextInt(8));
            if (text.length() > 0) text.append(' ');
            text.append(sentence(random, words, length)).append('.');
            count -= length;
        }
        return text.toString();
    }

    private static String sentence(Random random, String[] words, int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) picked.add(words[random.nextInt(words.length)]);
        String text = String.join(" ", picked);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

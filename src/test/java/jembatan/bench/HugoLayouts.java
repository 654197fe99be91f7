package jembatan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hugo's layouts for the documentation corpus: what Jembatan's templates put on a page of such a
 * site, and no more, so that the two do comparable work: the menu, breadcrumbs, the translations'
 * links, a table of contents, tags, previous and next in the section, and lists paged by 20.
 */
final class HugoLayouts {
    private HugoLayouts() {
    }

    static void write(Path layouts) throws IOException {
        write(layouts.resolve("_default/baseof.html"), """
                <!doctype html><html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>
                <link rel="canonical" href="{{ .Permalink }}">{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
                </head><body><nav>{{ range .Site.Menus.main }}<a href="{{ .URL }}">{{ .Name }}</a>{{ end }}</nav>
                <nav>{{ range .Translations }}<a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a>{{ end }}</nav>
                <nav>{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> › {{ end }}</nav>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(layouts.resolve("_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2 January 2006, 15:04" }}</time></p>
                {{ .TableOfContents }}{{ .Content }}
                <p>{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
                <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></article>{{ end }}
                """);
        write(layouts.resolve("_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
                {{ with .Paginator }}{{ with .Prev }}<a href="{{ .URL }}">Newer</a>{{ end }}{{ with .Next }}<a href="{{ .URL }}">Older</a>{{ end }}{{ end }}{{ end }}
                """);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

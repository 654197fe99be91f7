package jembatan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jembatan.config.Language;
import jembatan.content.Article;
import jembatan.content.Site;

/**
 * One page of a home page's list of its language's articles, as Hugo and Jekyll page a long
 * list: {@code paginate} articles each (content/site.yaml), the first on the home page itself
 * ({@code /en/}), the others after it ({@code /en/page/2/}, {@code /en/page/3/}, ...). So a
 * newsroom's archive of thousands of articles makes pages a reader can scan, and an edited
 * title makes again the one page that lists it, not a page of the whole archive.
 */
public record Pager(Article home, int number, int count, List<Article> entries) {
    /** The folder under a home page that holds its list's later pages. */
    public static final String FOLDER = "page/";

    public Pager {
        entries = List.copyOf(entries);
    }

    /** The pages of the list on {@code home} after the first, which the home page itself shows: none when the list fits on one. */
    public static List<Pager> later(Article home, Site site) {
        List<Pager> pagers = new ArrayList<>();
        for (int number = 2; number <= count(site, home.language()); number++) pagers.add(at(home, site, number));
        return pagers;
    }

    /** Page {@code number} (from 1) of the list on {@code home}: the first is on the home page itself. */
    public static Pager at(Article home, Site site, int number) {
        List<Article> all = site.pages(home.language());
        int size = site.config().paginate();
        int from = Math.min(all.size(), (number - 1) * size);
        return new Pager(home, number, count(site, home.language()), all.subList(from, Math.min(all.size(), from + size)));
    }

    /** The number of the page of {@code home}'s list published at {@code sitePath}: 1 for the home page itself. */
    public static int numberAt(Article home, String sitePath) {
        if (sitePath.equals(home.sitePath())) return 1;
        String rest = sitePath.substring(home.sitePath().length() + FOLDER.length());
        return Integer.parseInt(rest.substring(0, rest.length() - 1));
    }

    /** How many pages the list of a language's home page has. */
    public static int count(Site site, Language language) {
        int size = site.config().paginate();
        return Math.max(1, (site.pages(language).size() + size - 1) / size);
    }

    /** Where page {@code number} of the list on {@code home} is published. */
    public static String pathOf(Article home, int number) {
        return number == 1 ? home.sitePath() : home.sitePath() + FOLDER + number + "/";
    }

    /**
     * The addresses of the pages of {@code home}'s list that show the places {@code from} to
     * {@code to} (0-based, in either order) of its language's list; none when either is -1.
     */
    public static List<String> between(Article home, Site site, int from, int to) {
        if (from < 0 || to < 0) return List.of();
        int size = site.config().paginate();
        List<String> paths = new ArrayList<>();
        for (int number = Math.min(from, to) / size + 1; number <= Math.max(from, to) / size + 1; number++) paths.add(pathOf(home, number));
        return paths;
    }

    public String sitePath() {
        return pathOf(home, number);
    }

    public Optional<String> previous() {
        return number > 1 ? Optional.of(pathOf(home, number - 1)) : Optional.empty();
    }

    public Optional<String> next() {
        return number < count ? Optional.of(pathOf(home, number + 1)) : Optional.empty();
    }

    /** The same page of the list on another language's home page, when that list is as long. */
    public Optional<String> sameIn(Article otherHome, Site site) {
        return number <= count(site, otherHome.language()) ? Optional.of(pathOf(otherHome, number)) : Optional.empty();
    }
}

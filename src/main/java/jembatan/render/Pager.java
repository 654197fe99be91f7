package jembatan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jembatan.content.Article;
import jembatan.content.Site;

/**
 * One page of a section's list of what its folder holds (the home page's list included), as
 * Hugo and Jekyll page a long list: {@code paginate} entries each (content/site.yaml), the first
 * on the section's page itself ({@code /en/learn/}), the others after it
 * ({@code /en/learn/page/2/}, {@code /en/learn/page/3/}, ...). So a newsroom's archive of
 * thousands of articles makes pages a reader can scan, and an edited title makes again the one
 * page that lists it, not a page of the whole archive.
 */
public record Pager(Article section, int number, int count, List<Article> entries) {
    /** The folder under a section's page that holds its list's later pages. */
    public static final String FOLDER = "page/";

    public Pager {
        entries = List.copyOf(entries);
    }

    /** The pages of the list on {@code section} after the first, which the section's page itself shows: none when the list fits on one. */
    public static List<Pager> later(Article section, Site site) {
        List<Pager> pagers = new ArrayList<>();
        for (int number = 2; number <= count(site, section); number++) pagers.add(at(section, site, number));
        return pagers;
    }

    /** Page {@code number} (from 1) of the list on {@code section}: the first is on the section's page itself. */
    public static Pager at(Article section, Site site, int number) {
        List<Article> all = site.entries(section);
        int size = site.config().paginate();
        int from = Math.min(all.size(), (number - 1) * size);
        return new Pager(section, number, count(site, section), all.subList(from, Math.min(all.size(), from + size)));
    }

    /** The number of the page of {@code section}'s list published at {@code sitePath}: 1 for the section's page itself. */
    public static int numberAt(Article section, String sitePath) {
        if (sitePath.equals(section.sitePath())) return 1;
        String rest = sitePath.substring(section.sitePath().length() + FOLDER.length());
        return Integer.parseInt(rest.substring(0, rest.length() - 1));
    }

    /** How many pages the list of a section has. */
    public static int count(Site site, Article section) {
        int size = site.config().paginate();
        return Math.max(1, (site.entries(section).size() + size - 1) / size);
    }

    /** Where page {@code number} of the list on {@code section} is published. */
    public static String pathOf(Article section, int number) {
        return number == 1 ? section.sitePath() : section.sitePath() + FOLDER + number + "/";
    }

    /**
     * The addresses of the pages of {@code section}'s list that show the places {@code from} to
     * {@code to} (0-based, in either order) of its language's list; none when either is -1.
     */
    public static List<String> between(Article section, Site site, int from, int to) {
        if (from < 0 || to < 0) return List.of();
        int size = site.config().paginate();
        List<String> paths = new ArrayList<>();
        for (int number = Math.min(from, to) / size + 1; number <= Math.max(from, to) / size + 1; number++) paths.add(pathOf(section, number));
        return paths;
    }

    public String sitePath() {
        return pathOf(section, number);
    }

    public Optional<String> previous() {
        return number > 1 ? Optional.of(pathOf(section, number - 1)) : Optional.empty();
    }

    public Optional<String> next() {
        return number < count ? Optional.of(pathOf(section, number + 1)) : Optional.empty();
    }

    /** The same page of the list on another language's version of the section, when that list is as long. */
    public Optional<String> sameIn(Article otherSection, Site site) {
        return number <= count(site, otherSection) ? Optional.of(pathOf(otherSection, number)) : Optional.empty();
    }
}

package jembatan.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The shape of the documentation corpus before any text is written: English folders 1 to
 * {@link #MAX_DEPTH} deep under a few top-level sections, most with an {@code index.md}, pages in
 * each, and which of them are translated into Indonesian (about {@link #TRANSLATED} of the English
 * files; the rest are English only, mostly whole folders marked in their {@code index.md}, some
 * single pages). Pages and folders are listed depth first, so neighbours in the lists are
 * neighbours in the tree. The same seed and size give the same tree.
 */
record DocsTree(List<Folder> folders, List<Page> pages) {
    static final int MAX_DEPTH = 6;
    static final double TRANSLATED = 0.17;
    /** The top-level sections the menu lists (with {@code about.md}), always translated. */
    static final int IN_MENU = 4;

    DocsTree {
        folders = List.copyOf(folders);
        pages = List.copyOf(pages);
    }

    /**
     * A folder: its path under the language folder ({@code learn/go/basics}), whether it has an
     * {@code index.md}, whether that index marks it {@code translation: none}, whether it (and so its
     * index) exists in Indonesian, its weight in its parent's list, and its index's date.
     */
    record Folder(String path, boolean index, boolean marked, boolean translated, Integer weight, String date) {
        int depth() {
            return path.split("/").length;
        }

        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /**
     * A page: its folder ({@code ""} for the language folder), file name and titles, whether it is
     * translated and whether it is marked {@code translation: none} itself, its weight, tags
     * (English), whether it keeps an old address, its dates, the size its English text aims at,
     * and its number, which seeds its text.
     */
    record Page(String folder, String name, String englishTitle, String indonesianTitle, boolean translated, boolean marked, Integer weight,
                List<String> tags, boolean alias, String date, String updated, int bytes, int number) {
        Page {
            tags = List.copyOf(tags);
        }

        String file() {
            return folder.isEmpty() ? name + ".md" : folder + "/" + name + ".md";
        }
    }

    /** Grows a tree of about {@code files} Markdown files in both languages together. */
    static DocsTree grow(int files, long seed) {
        return new Grower(new Random(seed), (int) Math.round(files / (1 + TRANSLATED))).grow();
    }

    /** The path from a file in {@code fromFolder} to {@code toFile}, as an editor writes a link: {@code ../go/basics.md}. */
    static String relative(String fromFolder, String toFile) {
        List<String> from = fromFolder.isEmpty() ? List.of() : List.of(fromFolder.split("/"));
        List<String> to = List.of(toFile.split("/"));
        int common = 0;
        while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) common++;
        StringBuilder path = new StringBuilder();
        for (int i = common; i < from.size(); i++) path.append("../");
        return path.append(String.join("/", to.subList(common, to.size()))).toString();
    }

    /** The tree as it grows: mutable lists that become the record's. */
    private static final class Grower {
        private final Random random;
        private final int english;
        private final List<Folder> folders = new ArrayList<>();
        private final List<Page> pages = new ArrayList<>();
        private int number;

        Grower(Random random, int english) {
            this.random = random;
            this.english = Math.max(english, 24);
        }

        DocsTree grow() {
            pages.add(page("", "about", "About these docs", "Tentang dokumentasi ini", 1));
            int tops = Math.min(DocsWords.TOP.size(), Math.max(IN_MENU + 1, 3 + english / 300));
            double[] shares = shares(tops);
            for (int i = 0; i < tops; i++) grow(DocsWords.TOP.get(i), (int) Math.round((english - 1) * shares[i]), i + 1);
            return pair(new DocsTree(folders, pages));
        }

        private void grow(String path, int budget, int weight) {
            int depth = path.split("/").length;
            boolean index = depth == 1 || random.nextDouble() >= 0.12;
            int here = depth == MAX_DEPTH || budget <= 6 ? budget : Math.min(budget, 2 + random.nextInt(6));
            folders.add(new Folder(path, index, false, true, random.nextDouble() < 0.6 ? weight : null, date()));
            List<List<String>> names = new ArrayList<>(DocsWords.PAGES.subList(1, DocsWords.PAGES.size()));
            Collections.shuffle(names, random);
            // Most folders open with an "Overview", so that many pages share a title, as on real sites.
            if (random.nextDouble() < 0.7) names.add(0, DocsWords.PAGES.get(0));
            for (int i = 0; i < Math.max(1, here - (index ? 1 : 0)); i++) {
                List<String> name = names.get(i % names.size());
                String suffix = i < names.size() ? "" : "-" + (i / names.size() + 1);
                boolean named = !name.get(0).equals("overview") && random.nextDouble() < 0.4;
                pages.add(page(path, name.get(0) + suffix, title(path, name.get(1), named, false), title(path, name.get(2), named, true), i + 1));
            }
            int rest = budget - here;
            if (rest <= 0) return;
            int children = Math.max(1, Math.min(rest / 4, 1 + random.nextInt(3)));
            double[] shares = shares(children);
            List<String> subs = new ArrayList<>(DocsWords.FOLDER_SLUGS.keySet());
            subs.removeAll(DocsWords.TOP);
            Collections.shuffle(subs, random);
            for (int i = 0; i < children; i++) grow(path + "/" + subs.get(i), (int) Math.round(rest * shares[i]), i + 1);
        }

        /** Some titles name their folder ("Networking: limits"), most do not, so titles repeat across sections. */
        private static String title(String folder, String title, boolean named, boolean indonesian) {
            if (!named) return title;
            String name = folder.substring(folder.lastIndexOf('/') + 1);
            String label = indonesian ? DocsWords.FOLDER_SLUGS.get(name).replace('-', ' ') : name;
            return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1) + ": " + title.toLowerCase(Locale.ROOT);
        }

        private Page page(String folder, String name, String englishTitle, String indonesianTitle, int position) {
            List<String> tags = new ArrayList<>();
            if (random.nextDouble() < 0.85) {
                for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                    // Squared, so that a few tags are on many pages and most on few.
                    String tag = DocsWords.TAGS.get((int) (Math.pow(random.nextDouble(), 2) * DocsWords.TAGS.size()));
                    if (!tags.contains(tag)) tags.add(tag);
                }
            }
            String date = date();
            String updated = random.nextDouble() < 0.3 ? date.replaceFirst("^(\\d{4})", String.valueOf(Integer.parseInt(date.substring(0, 4)) + 1)) : null;
            return new Page(folder, name, englishTitle, indonesianTitle, true, false, random.nextDouble() < 0.8 ? position : null, tags,
                    random.nextDouble() < 0.02, date, updated, bytes(), ++number);
        }

        /** Mostly 2-20 KB; one page in fourteen 20-500 KB, spread evenly on a log scale, as long reference pages are. */
        private int bytes() {
            double r = random.nextDouble();
            if (r < 0.70) return 2_000 + random.nextInt(6_000);
            if (r < 0.93) return 8_000 + random.nextInt(12_000);
            return (int) (20_000 * Math.pow(25, random.nextDouble()));
        }

        /** A moment in 2021-2024 with its offset: WIB, WITA, WIT, Istanbul or UTC. */
        private String date() {
            String[] offsets = {"+07:00", "+08:00", "+09:00", "+03:00", "Z"};
            return String.format(Locale.ROOT, "%d-%02d-%02dT%02d:%02d:00%s", 2021 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), offsets[random.nextInt(offsets.length)]);
        }

        /** Random shares that add up to 1, skewed so that one branch is much larger and the tree grows deep. */
        private double[] shares(int n) {
            double[] shares = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) sum += shares[i] = 0.05 + Math.pow(random.nextDouble(), 2);
            for (int i = 0; i < n; i++) shares[i] /= sum;
            return shares;
        }

        /**
         * Leaves about {@link #TRANSLATED} of the English files translated: folders are marked
         * English-only, in random order, while enough remains for some single pages to be marked
         * as well; then single pages, until the share is reached. A marked folder gets an index
         * (the mark is in it); folders below a mark may lack one.
         */
        private DocsTree pair(DocsTree tree) {
            int target = (int) Math.round(english * TRANSLATED);
            Set<String> marked = new HashSet<>();
            List<Folder> candidates = new ArrayList<>(folders.subList(0, folders.size()));
            Collections.shuffle(candidates, random);
            int translated = english;
            for (Folder folder : candidates) {
                if (folder.depth() == 1 && DocsWords.TOP.indexOf(folder.path()) < IN_MENU) continue;
                if (marked.stream().anyMatch(m -> within(folder.path(), m) || within(m, folder.path()))) continue;
                int under = filesUnder(folder.path());
                if (translated - under >= target + Math.max(2, target / 8)) {
                    marked.add(folder.path());
                    translated -= under;
                }
            }
            List<Folder> placed = new ArrayList<>();
            for (Folder folder : folders) {
                boolean own = marked.contains(folder.path());
                boolean english = marked.stream().anyMatch(m -> within(folder.path(), m));
                placed.add(new Folder(folder.path(), folder.index() || own, own, !english && (folder.index() || own), folder.weight(), folder.date()));
            }
            List<Page> result = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) order.add(i);
            Collections.shuffle(order, random);
            Set<Integer> single = new HashSet<>();
            for (int i : order) {
                Page page = pages.get(i);
                if (translated <= target) break;
                if (page.folder().isEmpty() || marked.stream().anyMatch(m -> within(page.folder(), m))) continue;
                single.add(i);
                translated--;
            }
            for (int i = 0; i < pages.size(); i++) {
                Page p = pages.get(i);
                boolean english = single.contains(i) || marked.stream().anyMatch(m -> within(p.folder(), m));
                result.add(new Page(p.folder(), p.name(), p.englishTitle(), p.indonesianTitle(), !english, single.contains(i), p.weight(), p.tags(),
                        p.alias(), p.date(), p.updated(), p.bytes(), p.number()));
            }
            return new DocsTree(placed, result);
        }

        /** The English files under a folder: its pages and the index files of it and the folders below. */
        private int filesUnder(String path) {
            int count = 0;
            for (Page page : pages) if (within(page.folder(), path)) count++;
            for (Folder folder : folders) if (folder.index() && within(folder.path(), path)) count++;
            return count;
        }
    }

    /** Whether {@code folder} is {@code ancestor} or below it. */
    static boolean within(String folder, String ancestor) {
        return folder.equals(ancestor) || folder.startsWith(ancestor + "/");
    }
}

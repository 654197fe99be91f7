package jembatan.hugo;

/**
 * One Hugo content file: where it is in SOURCE, its language, the folder it sits in (relative to
 * its language's content, {@code ""} at the top), its name ({@code trip} for the bundle
 * {@code posts/trip/index.md}, empty for a section's {@code _index.md}) and what kind of page it is.
 */
record HugoPage(String source, String language, String folder, String name, Kind kind, HugoFrontMatter front) {

    enum Kind {
        /** The language's {@code _index.md}. */
        HOME,
        /** A folder's {@code _index.md}: a section, or a branch bundle. */
        SECTION,
        /** A Markdown file of its own. */
        PAGE,
        /** A leaf bundle: {@code index.md} with its pictures beside it. */
        BUNDLE
    }

    /** The path Hugo pairs translations by when no {@code translationKey} says otherwise. */
    String path() {
        if (kind == Kind.HOME || kind == Kind.SECTION) return folder;
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    /** The folder that holds the page's own files: the bundle's, or the section's. */
    String bundleFolder() {
        return kind == Kind.BUNDLE ? path() : folder;
    }

    boolean isList() {
        return kind == Kind.HOME || kind == Kind.SECTION;
    }
}

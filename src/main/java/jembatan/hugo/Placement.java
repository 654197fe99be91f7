package jembatan.hugo;

/**
 * Where a Hugo page goes in the new project: its file ({@code content/en/docs/intro.md}), the
 * address Jembatan will publish it at, and the address Hugo published it at, which becomes an
 * alias when the two differ.
 */
record Placement(HugoPage page, String target, String address, String hugoAddress) {

    String language() {
        return page.language();
    }
}

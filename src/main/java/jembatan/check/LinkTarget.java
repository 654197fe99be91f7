package jembatan.check;

/**
 * Where a link within the site leads, taken apart: the site path of the page or file (query
 * dropped) and the {@code #fragment} without its hash, empty when there is none. Both link
 * checks read links this one way.
 */
record LinkTarget(String path, String fragment) {

    static LinkTarget of(String sitePath) {
        int hash = sitePath.indexOf('#');
        String path = hash < 0 ? sitePath : sitePath.substring(0, hash);
        String fragment = hash < 0 ? "" : sitePath.substring(hash + 1);
        int query = path.indexOf('?');
        return new LinkTarget(query < 0 ? path : path.substring(0, query), fragment);
    }
}

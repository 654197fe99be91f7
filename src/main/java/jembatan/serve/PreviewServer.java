package jembatan.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import jembatan.html.BuiltSite;
import jembatan.html.HtmlFinisher;

/**
 * Serves the {@link LiveSite} over HTTP on a loopback address, from memory: a request can only
 * ever name a file of the built site, never one on disk. Pages listen on
 * {@link HtmlFinisher#RELOAD_EVENTS} for server-sent events, and the server sends "reload" after
 * every rebuild; while the last build failed, every page is the {@link ErrorPage}.
 */
public final class PreviewServer implements AutoCloseable {
    static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"));

    static {
        // The JDK server reads these once: a request must arrive whole within 10 s, its
        // response go out within 60 s, with at most 100 headers. Set unless the user set them.
        setIfAbsent("sun.net.httpserver.maxReqTime", "10");
        setIfAbsent("sun.net.httpserver.maxRspTime", "60");
        setIfAbsent("sun.net.httpserver.maxReqHeaders", "100");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile LiveSite site;

    private PreviewServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /**
     * Starts listening on {@code host:port} (port 0 picks a free one); it serves once it is given
     * a site with {@link #show}, whose address can then name the port that was picked.
     */
    public static PreviewServer start(String host, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        // A thread per request in flight, up to a bound: a slow client holds only its own.
        ExecutorService workers = new java.util.concurrent.ThreadPoolExecutor(4, 256, 30, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "jembatan-preview");
                    thread.setDaemon(true);
                    return thread;
                });
        PreviewServer preview = new PreviewServer(server, workers);
        server.setExecutor(workers);
        server.createContext("/", preview::serve);
        server.createContext(HtmlFinisher.RELOAD_EVENTS, preview::listen);
        server.start();
        return preview;
    }

    /** Serves {@code live}, and reloads the open pages after each of its rebuilds. */
    public void show(LiveSite live) {
        live.onRebuild(state -> announce(state.generation()));
        this.site = live;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String address() {
        String host = server.getAddress().getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** How many pages are listening for reloads now. */
    public int listeners() {
        return listeners.size();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!fromThisComputer(exchange)) {
                send(exchange, 403, "text/plain; charset=utf-8", ("this preview answers only at " + address() + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<String> path = sitePath(exchange.getRequestURI());
            LiveSite live = site;
            if (live == null || live.state().generation() == 0) {
                send(exchange, 503, "text/plain; charset=utf-8", "starting\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            LiveSite.State state = live.state();
            if (path.isEmpty()) {
                send(exchange, 400, "text/plain; charset=utf-8", "bad request\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String file = BuiltSite.fileOf(path.get());
            if (state.failed() && file.endsWith(".html")) {
                send(exchange, 500, CONTENT_TYPES.get("html"), ErrorPage.of(state.problems(), state.languages(), path.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = state.site().bytes(file).orElse(null);
            if (body == null && state.site().contains(file + "/index.html")) {
                exchange.getResponseHeaders().set("Location", path.get() + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            if (body == null) {
                byte[] notFound = state.site().bytes("404.html").orElse(null);
                send(exchange, 404, CONTENT_TYPES.get("html"), notFound != null ? notFound : notFound(state.languages(), path.get()));
                return;
            }
            send(exchange, 200, contentType(file), body);
        }
    }

    /** A bare page for a missing file, in the page's language, when the site has no {@code 404.html} of its own. */
    private static byte[] notFound(PageLanguages languages, String sitePath) {
        String lang = languages.languageOf(sitePath);
        org.jsoup.nodes.Document page = org.jsoup.nodes.Document.createShell("");
        page.selectFirst("html").attr("lang", lang);
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("title").text(languages.format(lang, "not_found.title", Map.of()));
        page.body().appendElement("h1").text(languages.format(lang, "not_found.title", Map.of()));
        page.body().appendElement("p").text(languages.format(lang, "not_found.text", Map.of()));
        return ("<!doctype html>" + page.html()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether a request is the editor's own: its {@code Host} names this computer (a loopback
     * name, or the address the preview is bound to) with the preview's port, and no other site's
     * page sent it. A web page the editor visits could otherwise read drafts through a name that
     * resolves to 127.0.0.1 (DNS rebinding), or fetch them from its own origin.
     */
    boolean fromThisComputer(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !allowedHosts().contains(host.toLowerCase(Locale.ROOT)) && !addressOnAllInterfaces(host)) return false;
        String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && site.equals("cross-site")) return false;
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        return origin == null || allowedHosts().stream().anyMatch(allowed -> origin.equalsIgnoreCase("http://" + allowed));
    }

    /**
     * Whether the preview listens on every interface (--bind 0.0.0.0, to preview on a phone) and
     * the request names it by an address, not a name: a name can be made to point anywhere
     * (DNS rebinding), an address cannot.
     */
    private boolean addressOnAllInterfaces(String host) {
        if (!server.getAddress().getAddress().isAnyLocalAddress()) return false;
        return host.matches("(\\d{1,3}\\.){3}\\d{1,3}:" + port()) || host.matches("\\[[0-9a-fA-F:.]+]:" + port());
    }

    /** The names a request may give this preview in its {@code Host}: loopback names and the bound address, with the port. */
    private java.util.Set<String> allowedHosts() {
        String bound = server.getAddress().getHostString().toLowerCase(Locale.ROOT);
        int port = port();
        java.util.Set<String> hosts = new java.util.HashSet<>();
        for (String name : List.of("localhost", "127.0.0.1", "[::1]", bound.contains(":") ? "[" + bound + "]" : bound)) hosts.add(name + ":" + port);
        return hosts;
    }

    /**
     * The site path a request names, or nothing when it cannot name a file of the site: after
     * percent-decoding, a path with a backslash, a NUL or a {@code ..} or {@code .} segment.
     */
    static Optional<String> sitePath(URI uri) {
        String raw = uri.getRawPath();
        if (raw == null || !raw.startsWith("/") || raw.length() > 2048) return Optional.empty();
        String path;
        try {
            path = java.net.URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.contains("//")) return Optional.empty();
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) return Optional.empty();
        }
        return Optional.of(path);
    }

    static String contentType(String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) exchange.getResponseBody().write(body);
    }

    /** A page listening for reloads: the response stays open, and {@link #announce} writes to it. */
    private void listen(HttpExchange exchange) throws IOException {
        if (!fromThisComputer(exchange)) {
            try (exchange) {
                send(exchange, 403, "text/plain; charset=utf-8", new byte[0]);
            }
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    private void announce(int generation) {
        byte[] event = ("event: reload\ndata: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException gone) {
                listeners.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the page has gone; nothing to tell it
                }
            }
        }
    }

    @Override
    public void close() {
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        server.stop(0);
        workers.shutdownNow();
    }
}

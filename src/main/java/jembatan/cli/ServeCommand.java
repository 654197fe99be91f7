package jembatan.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import jembatan.serve.LiveSite;
import jembatan.serve.PreviewServer;
import jembatan.serve.ProjectWatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.jspecify.annotations.Nullable;

/**
 * {@code jembatan serve}: a live preview on this computer. Builds the site in memory, with drafts
 * and future articles marked by a banner, serves it on 127.0.0.1, and rebuilds and reloads the
 * open pages on every save under {@code content/} or {@code templates/}. A mistake shows in the
 * browser and here; the server keeps running, and the next good save recovers.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on this computer, rebuilding and reloading the browser on every save.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313", description = "The port to serve on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to serve on (default: ${DEFAULT-VALUE}, this computer only).")
    String bind;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Mark articles dated after this day as scheduled (default: today).")
    @Nullable LocalDate today;

    /** Set by tests to stop the command; a person stops it with Ctrl+C. */
    CountDownLatch stop = new CountDownLatch(1);

    @Override
    @SuppressWarnings("try") // the watcher runs for the block, not used in it
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PreviewServer started;
        try {
            started = PreviewServer.start(bind, port);
        } catch (java.net.BindException e) {
            err.println("jembatan serve: cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "); is another preview running? Choose another port with --port");
            return Main.PROBLEMS;
        }
        try (PreviewServer server = started) {
            LiveSite live = new LiveSite(options.project, server.address(), today != null ? today : LocalDate.now());
            live.onRebuild(state -> {
                if (state.failed()) {
                    ProblemPrinter.print(state.problems(), options.verbose, err);
                    err.println("The preview shows these problems until they are fixed.");
                } else {
                    ProblemPrinter.printWarnings(state.problems(), err);
                    out.printf("Rebuilt in %d ms: %d of %d pages rendered%n", state.millis(), state.rendered(), state.pages());
                }
                out.flush();
            });
            server.show(live);
            live.rebuild();
            try (ProjectWatcher watcher = ProjectWatcher.start(options.project, live::rebuild)) {
                out.println("Serving " + server.address() + " (press Ctrl+C to stop)");
                out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
                stop.await();
            }
        }
        return 0;
    }
}

package jembatan.bench;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import jembatan.pipeline.BuildOptions;
import jembatan.config.Dictionary;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.config.SiteConfigLoader;
import jembatan.content.Article;
import jembatan.content.ContentLoader;
import jembatan.content.Site;
import jembatan.facts.FactFormatter;
import jembatan.facts.FactSheet;
import jembatan.facts.FactSheetLoader;
import jembatan.markdown.MarkdownRenderer;
import jembatan.report.Problems;

/**
 * The Markdown stage's throughput in a warm JVM, in MB of Markdown a second: the project's
 * articles read as a build reads them, then rendered by the stage ({@link MarkdownRenderer}, with
 * its links, facts, numbers and checks) on one thread, round after round until the JIT has done
 * its work, and beside it flexmark alone ({@link MarkdownFloor}'s set-up) on the same bodies, the
 * floor the library sets. One thread, timed by the CPU time it was given (the JIT and the
 * collector work on other threads), so that the figure moves little with how busy the machine is
 * (on an idle one it is the wall time); and the stage over all cores as a build runs it, by the
 * clock, which on a busy machine is what the other programs leave it. {@code java -cp target/jembatan.jar:target/test-classes jembatan.bench.MarkdownThroughput
 * DIR [--rounds n]}; the {@link Benchmark} prints it for each corpus it builds.
 */
public final class MarkdownThroughput {
    private MarkdownThroughput() {
    }

    /** Median MB/s over the timed rounds: the stage on one thread and on all cores, and flexmark alone on one thread. */
    record Figures(double megabytes, double stage, double allCores, double flexmark) {
        String line() {
            return String.format(Locale.ROOT, "Markdown stage, warm: one thread %.1f MB/s (CPU time), all %d cores %.1f MB/s (wall); "
                    + "flexmark alone, one thread: %.1f MB/s (%.1f MB of Markdown)", stage, Runtime.getRuntime().availableProcessors(), allCores, flexmark, megabytes);
        }
    }

    public static void main(String[] args) {
        int rounds = 5;
        for (int i = 1; i + 1 < args.length; i++) if (args[i].equals("--rounds")) rounds = Integer.parseInt(args[i + 1]);
        System.out.println(measure(Path.of(args[0]), rounds).line());
    }

    /** Reads the project at {@code root} and times {@code rounds} rounds of each, after as many to warm up. */
    static Figures measure(Path root, int rounds) {
        Problems problems = new Problems();
        SiteConfig config = SiteConfigLoader.load(root, problems).orElseThrow(() -> new IllegalStateException(problems.sorted().toString()));
        Map<Language, Dictionary> dictionaries = Dictionary.loadAll(root, config.languages(), problems);
        BuildOptions options = BuildOptions.defaults().asOf(LocalDate.of(2026, 1, 1));
        Site site = ContentLoader.load(root, config, options.publication(), problems);
        FactSheet facts = FactSheetLoader.load(root, config, problems);
        Map<Language, FactFormatter> formatters = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            formatters.put(language, new FactFormatter(language, dictionaries.getOrDefault(language, new Dictionary(language, Map.of()))));
        }
        List<Article> articles = site.articles();
        double megabytes = articles.stream().mapToLong(article -> article.body().getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        MarkdownRenderer stage = MarkdownRenderer.shared();
        MutableDataSet floorOptions = MarkdownFloor.options();
        Parser parser = Parser.builder(floorOptions).build();
        HtmlRenderer renderer = HtmlRenderer.builder(floorOptions).build();
        ToLongFunction<Article> render = article -> stage.render(article, site, facts, formatters.get(article.language()), new Problems()).html().length();
        ToLongFunction<Article> floor = article -> renderer.render(parser.parse(article.body())).length();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        LongSupplier cpu = threads::getCurrentThreadCpuTime;
        double oneThread = rate(rounds, megabytes, cpu, () -> articles.stream().mapToLong(render).sum());
        // As a build runs the stage: over all cores, timed by the clock.
        double allCores = rate(rounds, megabytes, System::nanoTime, () -> articles.parallelStream().mapToLong(render).sum());
        double flexmark = rate(rounds, megabytes, cpu, () -> articles.stream().mapToLong(floor).sum());
        return new Figures(megabytes, oneThread, allCores, flexmark);
    }

    /** The median MB/s of {@code rounds} timed rounds by {@code clock} (in nanoseconds), after {@code rounds} untimed ones. */
    private static double rate(int rounds, double megabytes, LongSupplier clock, LongSupplier round) {
        double[] rates = new double[rounds];
        long sink = 0;
        for (int i = -rounds; i < rounds; i++) {
            long start = clock.getAsLong();
            sink += round.getAsLong();
            if (i >= 0) rates[i] = megabytes / ((clock.getAsLong() - start) / 1e9);
        }
        if (sink == 42) System.out.print("");
        java.util.Arrays.sort(rates);
        return rates[rounds / 2];
    }
}

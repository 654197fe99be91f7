package jembatan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import jembatan.check.TranslationStatus;
import jembatan.config.SiteConfig;
import jembatan.content.Article;
import jembatan.content.ContentLoader;
import jembatan.content.Publication;
import jembatan.content.Site;
import jembatan.report.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.jspecify.annotations.Nullable;

/**
 * {@code jembatan status}: a table of article keys by language, showing which versions are
 * published, drafts, scheduled or missing, and which are older than their counterpart. Where an
 * article has no date, its file's last commit tells (or, outside git, its modification time).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show each article in each language: published, draft, scheduled or missing, and which translations are older.")
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions options;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The day that decides which articles are scheduled (default: today).")
    @Nullable LocalDate today;

    @Option(names = "--strict", description = "Exit with status 1 when a translation is missing or older.")
    boolean strict;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<SiteConfig> config = options.siteConfig(err);
        if (config.isEmpty()) return Main.PROBLEMS;
        Publication everything = new Publication(true, true, Optional.of(today != null ? today : LocalDate.now()));
        // Status shows what it can; check and build are where problems are reported.
        Site site = ContentLoader.load(options.project, config.get(), everything, new Problems());
        TranslationStatus status = TranslationStatus.of(site, this::lastChange);
        out.print(status.table());
        for (String file : site.unreadable()) out.println(file + ": cannot be read; run jembatan check for why");
        out.flush();
        return strict && status.needsWork() ? Main.PROBLEMS : 0;
    }

    /** The day of the file's last commit, or of its last modification outside git. */
    private Optional<LocalDate> lastChange(Article article) {
        Path file = options.project.resolve(article.file());
        try {
            Process git = new ProcessBuilder("git", "log", "-1", "--format=%cs", "--", article.file())
                    .directory(options.project.toFile()).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 && output.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(output));
            }
        } catch (IOException e) {
            // no git here: the file's own time tells
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            return Optional.of(LocalDate.ofInstant(modified, ZoneOffset.UTC));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

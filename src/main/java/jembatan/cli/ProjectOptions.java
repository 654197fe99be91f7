package jembatan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import jembatan.config.SiteConfig;
import jembatan.config.SiteConfigLoader;
import jembatan.report.Problems;
import picocli.CommandLine.Option;

/** The options every command that works on a project shares: where the project is, and how much to say when Jembatan fails. */
final class ProjectOptions {
    @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".",
            description = "The project folder, holding content/ and templates/ (default: the current folder).")
    Path project;

    @Option(names = "--verbose", description = "List the problems that follow from each mistake, and on an internal error, print its stack trace.")
    boolean verbose;

    /** The project's configuration, or nothing after printing what is wrong with it. */
    Optional<SiteConfig> siteConfig(PrintWriter err) {
        Problems problems = new Problems();
        Optional<SiteConfig> config = SiteConfigLoader.load(project, problems);
        if (config.isEmpty()) ProblemPrinter.print(problems.sorted(), verbose, err);
        return config;
    }
}

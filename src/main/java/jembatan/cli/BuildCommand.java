package jembatan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import jembatan.build.Build;
import jembatan.build.BuildOptions;
import jembatan.build.BuildOutcome;
import jembatan.output.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jembatan build}: builds the project and replaces {@code site/} with the result, or
 * reports every problem and leaves {@code site/} exactly as it was.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into site/. On any problem, print them all and leave site/ as it was.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".",
            description = "The project folder, holding content/ and templates/ (default: the current folder).")
    Path project;

    @Option(names = "--drafts", description = "Include articles marked draft: true.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Publish under this address instead of base_url in content/site.yaml, e.g. https://user.github.io/repo/.")
    String baseUrl;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing when the build succeeds.")
    boolean quiet;

    @Option(names = "--verbose", description = "On an internal error, print its stack trace.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        BuildOutcome outcome = Build.run(project, new BuildOptions(drafts, false, Optional.empty(), Optional.ofNullable(baseUrl), false));
        if (outcome instanceof BuildOutcome.Failed failed) {
            ProblemPrinter.print(failed.problems(), spec.commandLine().getErr());
            spec.commandLine().getErr().println("The site was not built; site/ is unchanged.");
            return Main.PROBLEMS;
        }
        BuildOutcome.Built built = (BuildOutcome.Built) outcome;
        Path site = project.resolve("site");
        new SiteWriter(site).write(built.site());
        if (!quiet) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().printf("Built %d pages (%d files) in %d ms into %s%n",
                    built.pages(), built.site().files().size(), millis, site.toAbsolutePath().normalize());
        }
        return 0;
    }
}

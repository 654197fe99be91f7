package jembatan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jembatan.build.Build;
import jembatan.build.BuildOutcome;
import jembatan.build.Progress;
import jembatan.build.Warmup;
import jembatan.output.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ProjectOptions options;

    @Mixin
    PublicationOptions publication;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing when the build succeeds, except warnings.")
    boolean quiet;

    @Option(names = "--timings", description = "After the build, print how long each stage took (to standard error).")
    boolean timings;

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        // A relaunched build starts from the class-data archive, where warming the libraries on the
        // other core costs more than it saves (about 0.1 s on the real site, measured).
        if (System.getProperty(Relaunch.RELAUNCHED) == null) Warmup.start();
        Progress shown = TerminalProgress.forThisTerminal(spec.commandLine().getErr(), System.console() != null, System.getenv());
        StageTimes times = new StageTimes(shown, System::nanoTime, start);
        BuildOutcome outcome = Build.run(options.project, publication.buildOptions(), times);
        if (shown instanceof TerminalProgress terminal) terminal.finish();
        if (outcome instanceof BuildOutcome.Failed failed) {
            ProblemPrinter.print(failed.problems(), spec.commandLine().getErr());
            spec.commandLine().getErr().println("The site was not built; site/ is unchanged.");
            return Main.PROBLEMS;
        }
        BuildOutcome.Built built = (BuildOutcome.Built) outcome;
        Path site = options.project.resolve("site");
        times.stage("write");
        SiteWriter.Written written = new SiteWriter(site).write(built.site());
        if (timings) times.print(spec.commandLine().getErr());
        // Warnings are printed even with --quiet: they say what the build changed in an editor's text.
        ProblemPrinter.printWarnings(built.warnings(), spec.commandLine().getErr());
        if (!quiet) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().printf("Built %d pages (%d files, %d written) in %d ms into %s%n",
                    built.pages(), built.site().files().size(), written.written(), millis, site.toAbsolutePath().normalize());
        }
        return 0;
    }
}

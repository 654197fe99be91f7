package jembatan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import jembatan.pipeline.Build;
import jembatan.pipeline.BuildOutcome;
import jembatan.check.SiteCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jembatan check}: the build without the write. Everything a build checks (front matter,
 * facts, translations, links, anchors, pictures, hreflang pairs) is checked, nothing is written,
 * and the external links are listed rather than fetched.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the site as a build would, without writing site/: links, anchors, pictures, translations, facts. Lists external links; fetches none.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BuildSetup setup;

    @Option(names = "--external", description = "List every external link with the pages that have it.")
    boolean external;

    @Override
    public Integer call() {
        BuildOutcome outcome = Build.run(setup.folder(), setup.buildOptions());
        return report(outcome, setup.verbose(), external, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Prints what a check found, as {@code jembatan check} does; returns its exit status. */
    static int report(BuildOutcome outcome, boolean verbose, boolean external, PrintWriter out, PrintWriter err) {
        if (outcome instanceof BuildOutcome.Failed failed) {
            ProblemPrinter.print(failed.problems(), verbose, err);
            return Main.PROBLEMS;
        }
        BuildOutcome.Built built = (BuildOutcome.Built) outcome;
        ProblemPrinter.printWarnings(built.warnings(), err);
        out.printf("Checked %d pages: every link, anchor, picture and translation is in order.%n", built.pages());
        int count = built.externalLinks().size();
        out.printf("%d external %s, not fetched%s%n", count, count == 1 ? "link" : "links", external || count == 0 ? (count == 0 ? "." : ":") : " (list them with --external).");
        if (external) SiteCheck.lines(built.externalLinks()).forEach(line -> out.println("  " + line));
        // Not problems: reminders, so that a deliberate difference is not forgotten when the reason for it is gone.
        if (!built.marked().isEmpty()) out.printf("%d %s marked as deliberately different from the translation:%n", built.marked().size(),
                built.marked().size() == 1 ? "value" : "values");
        built.marked().forEach(out::println);
        return 0;
    }
}

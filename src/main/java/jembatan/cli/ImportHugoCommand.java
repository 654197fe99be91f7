package jembatan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import jembatan.pipeline.Build;
import jembatan.hugo.HugoImport;
import jembatan.hugo.ImportedProject;
import jembatan.hugo.ProjectWriter;
import jembatan.report.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code jembatan import hugo SOURCE --into DIR}: makes a Jembatan project from a bilingual Hugo
 * project, without writing into SOURCE or into a folder that holds anything; then reports what
 * it converted and what it left out (each at its SOURCE file and line), and checks the new
 * project as {@code jembatan check} does. Exit 0 when the new project builds, 1 when it needs an
 * editor's hand.
 */
@Command(name = "hugo", mixinStandardHelpOptions = true,
        description = "Make a Jembatan project from a bilingual Hugo project, report what could not be converted, and check the result.")
final class ImportHugoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The Hugo project's folder (it holds hugo.toml, config.toml or config/_default/).")
    Path source;

    @Option(names = "--into", paramLabel = "DIR", defaultValue = ".",
            description = "The folder of the new project: a new or empty one (default: the current folder).")
    Path into;

    @Option(names = "--verbose", description = "List the problems that follow from each mistake, and on an internal error, print its stack trace.")
    boolean verbose;

    @Mixin
    PublicationOptions publication;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(source)) {
            err.println("jembatan import hugo: " + source + " is not a folder; give the folder of the Hugo project");
            return Main.PROBLEMS;
        }
        Optional<String> refusal = ProjectWriter.refusal(source, into);
        if (refusal.isPresent()) {
            err.println("jembatan import hugo: " + refusal.get());
            return Main.PROBLEMS;
        }
        Problems problems = new Problems();
        Optional<ImportedProject> project = HugoImport.read(source, problems);
        if (project.isEmpty()) {
            ProblemPrinter.print(problems.sorted(), verbose, err);
            err.println("Nothing was imported; correct the Hugo project and import again.");
            return Main.PROBLEMS;
        }
        project.get().summary().forEach(out::println);
        if (!project.get().notes().isEmpty()) {
            out.println("Each, at its place in the Hugo project:");
            project.get().notes().forEach(out::println);
        }
        try {
            ProjectWriter.write(into, project.get());
        } catch (IOException e) {
            err.println("jembatan import hugo: the new project could not be written into " + into + ": " + e.getMessage()
                    + "; make the folder writable, or choose another with --into");
            return Main.PROBLEMS;
        }
        out.println("The new project is in " + into + " (content/ and templates/). Checking it, as jembatan check does:");
        out.flush();
        return CheckCommand.report(Build.run(into, publication.buildOptions()), verbose, false, out, err);
    }
}

package jembatan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that works on a project shares: where the project is, and how much to say when Jembatan fails. */
final class ProjectOptions {
    @Option(names = {"-p", "--project"}, paramLabel = "DIR", defaultValue = ".",
            description = "The project folder, holding content/ and templates/ (default: the current folder).")
    Path project;

    @Option(names = "--verbose", description = "On an internal error, print its stack trace.")
    boolean verbose;
}

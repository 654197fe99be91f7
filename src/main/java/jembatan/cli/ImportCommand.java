package jembatan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jembatan import}: brings a site made with another generator over; {@code import hugo} is the one there is. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = ImportHugoCommand.class,
        description = "Make a Jembatan project from a site made with another generator: import hugo SOURCE --into DIR.")
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

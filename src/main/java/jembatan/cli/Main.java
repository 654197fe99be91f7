package jembatan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jembatan} command: {@code java -jar target/jembatan.jar build}. This is the only
 * place, with its subcommands, that prints or exits; everything below returns values.
 */
@Command(name = "jembatan",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a bilingual static site from Markdown in content/ and templates in templates/.")
public final class Main implements Runnable {
    /** Exit status of a build that found problems in the content. */
    public static final int PROBLEMS = 1;
    /** Exit status of a bug in Jembatan itself. */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        try {
            java.util.OptionalInt relaunched = Relaunch.run(Relaunch.ofThisJar(args));
            if (relaunched.isPresent()) System.exit(relaunched.getAsInt());
        } catch (InterruptedException e) {
            System.exit(INTERNAL_ERROR);
        }
        Relaunch.haltWithParent();
        int status = run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        System.exit(status);
    }

    /** Runs a command line and returns its exit status; what it prints goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        // picocli reads each command's annotations when it is added, which costs a cold JVM a
        // tenth of a second or more per command: a command line that names one gets only that one.
        String named = commandNamed(args).orElse("");
        Map<String, Supplier<Object>> commands = commands();
        commands.forEach((name, command) -> {
            if (!commands.containsKey(named) || named.equals("help") || named.equals(name)) commandLine.addSubcommand(name, command.get());
        });
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            CommandLine.ParseResult command = parsed;
            while (command.hasSubcommand()) command = command.subcommand();
            boolean verbose = command.hasMatchedOption("--verbose");
            err.println("jembatan: internal error: " + exception + (verbose ? "" : " (run again with --verbose for details; please report it)"));
            if (verbose) exception.printStackTrace(err);
            err.flush();
            return INTERNAL_ERROR;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** The command a command line names: its first word that is not an option (the top level has no option that takes a value). */
    static java.util.Optional<String> commandNamed(String[] args) {
        for (String arg : args) if (!arg.startsWith("-")) return java.util.Optional.of(arg);
        return java.util.Optional.empty();
    }

    /**
     * The commands, in the order help lists them; made when a command runs, not when the class is
     * loaded, since the JVM that only starts a second one (see Relaunch) has no use for them.
     */
    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("status", StatusCommand::new);
        commands.put("import", ImportCommand::new);
        // A lambda, not CommandLine.HelpCommand::new: a method reference to a constructor of a
        // Java 5 class file (picocli's jar, which `mvn generate` runs until `mvn package` has
        // compiled picocli) makes the JVM that assembles Java 25's AOT cache crash
        // (archiveHeapWriter.cpp:757: the reference is archived, the class it names is not).
        commands.put("help", () -> new CommandLine.HelpCommand());
        return commands;
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"jembatan " + (version == null ? "development" : version)};
        }
    }
}

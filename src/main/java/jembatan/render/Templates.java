package jembatan.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import jembatan.report.Problem;
import jembatan.report.Problems;
import jembatan.source.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * The designers' Freemarker templates under {@code templates/}, set up so that a template can
 * only show the data it is given: HTML output with every value escaped, no {@code ?new} or
 * {@code ?api}, includes confined to {@code templates/}, and no locale-dependent lookups. A
 * template's mistake becomes a {@link Problem} at the template's own file and line.
 */
public final class Templates {
    public static final String FOLDER = "templates";

    private final Configuration configuration;
    private final List<String> names;
    private final Path folder;
    private final TemplateBounds bounds;
    /** The locales whose templates carry Freemarker's interruption checks (Freemarker keeps a template per locale). */
    private final Map<Locale, Boolean> checked = new ConcurrentHashMap<>();

    private Templates(Configuration configuration, List<String> names, Path folder, TemplateBounds bounds) {
        this.configuration = configuration;
        this.names = names;
        this.folder = folder;
        this.bounds = bounds;
    }

    /** The same templates with other bounds on time and output (for tests). */
    Templates withBounds(long millis, int maxOutput) {
        return new Templates(configuration, names, folder, new TemplateBounds(millis, maxOutput));
    }

    public static Optional<Templates> load(Path projectRoot, Problems problems) {
        Path folder = projectRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            problems.at(FOLDER, 0, "the templates folder is missing", "restore templates/ from the repository");
            return Optional.empty();
        }
        // Freemarker opens what it is told to: a named pipe there would hold the build for ever.
        if (!SourceText.reportWhatIsNotAFile(folder, FOLDER, java.util.Set.of("assets"), problems)) return Optional.empty();
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        try {
            configuration.setTemplateLoader(new FileTemplateLoader(folder.toFile(), false));
        } catch (IOException e) {
            problems.at(FOLDER, 0, "cannot be read (" + e.getClass().getSimpleName() + ")", "check the folder's permissions");
            return Optional.empty();
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setLocalizedLookup(false);
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // A build loads the templates anew when any file under templates/ changes (Build compares
        // them whole), so a loaded template is never stale: looking at its file again on every
        // page and every include only cost a stat and a canonical path each time.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);

        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ftlh"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            problems.at(FOLDER, 0, "cannot be listed (" + e.getClass().getSimpleName() + ")", "check the folder's permissions");
            return Optional.empty();
        }
        return Optional.of(new Templates(configuration, names, folder, TemplateBounds.standard()));
    }

    /** The page templates a front matter {@code template:} may name (files directly under templates/). */
    public List<String> names() {
        return names;
    }

    /**
     * Renders {@code templates/<name>.ftlh} with {@code model} under {@code locale}; on a template
     * error, adds a problem at the template's line (and {@code context}, the page being made) and
     * gives nothing back.
     */
    public Optional<String> render(String name, Map<String, Object> model, Locale locale, String context, Problems problems) {
        Problems found = new Problems();
        Optional<String> page = render(name, model, locale, context, FOLDER + "/" + name + ".ftlh", found);
        // A template's mistake fails every page it makes: the first page's problem is the mistake.
        found.sorted().forEach(problems::addShared);
        return page;
    }

    private Optional<String> render(String name, Map<String, Object> model, Locale locale, String context, String file, Problems problems) {
        Template template;
        TemplateBounds.Run run;
        try {
            checked.computeIfAbsent(locale, this::addInterruptionChecks);
            template = configuration.getTemplate(name + ".ftlh", locale);
            run = bounds.start(file);
        } catch (RuntimeException | IOException e) {
            report(e, file, context, problems);
            return Optional.empty();
        }
        try {
            Environment environment = template.createProcessingEnvironment(model, run.writer());
            environment.setLocale(locale);
            run.watch(environment);
            try {
                environment.process();
            } catch (StackOverflowError e) {
                run.overflowed();
            } catch (OutOfMemoryError e) {
                // One value too large to hold (a string doubled forty times) fails at its own
                // allocation, which leaves the rest of the heap as it was: safe to go on from.
                run.exhausted();
            }
            run.finish();
            Optional<Problem> passed = run.problem(context);
            if (passed.isEmpty()) return Optional.of(run.text());
            problems.add(passed.get());
            return Optional.empty();
        } catch (RuntimeException | TemplateException | IOException e) {
            run.finish();
            Optional<Problem> passed = run.problem(context);
            if (passed.isPresent()) {
                problems.add(passed.get());
                return Optional.empty();
            }
            report(e, file, context, problems);
        }
        return Optional.empty();
    }

    /**
     * Adds Freemarker's interruption checks to every template as Freemarker keeps it for
     * {@code locale}, before the first page in that locale: an include finds the same template.
     */
    private Boolean addInterruptionChecks(Locale locale) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".ftlh") && Files.isRegularFile(p)).toList()) {
                try {
                    TemplateBounds.checkInterruptions(configuration.getTemplate(folder.relativize(path).toString().replace('\\', '/'), locale));
                } catch (IOException | RuntimeException e) {
                    // A template that cannot be read or parsed is reported when a page uses it.
                }
            }
        } catch (IOException | RuntimeException e) {
            // Reported when a page needs the templates.
        }
        return Boolean.TRUE;
    }

    /** A template's mistake, or a template that cannot be read, as a problem at its file and line. */
    private void report(Exception error, String file, String context, Problems problems) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (!(cause instanceof SecurityException)) continue;
            // Freemarker's loader refuses a file whose real path leaves templates/.
            boolean located = error instanceof TemplateException t && t.getTemplateSourceName() != null;
            String where = located ? FOLDER + "/" + ((TemplateException) error).getTemplateSourceName() : file;
            int line = located && ((TemplateException) error).getLineNumber() != null ? ((TemplateException) error).getLineNumber() : 0;
            problems.at(where, line, "includes or imports a template through a link that leads outside templates/ (needed for " + context + ")",
                    "copy the file into templates/ instead of linking to it");
            return;
        }
        try {
            throw error;
        } catch (TemplateNotFoundException e) {
            problems.at(file, 0, "the template is missing (needed for " + context + ")", "create it, or choose one of: " + String.join(", ", names));
        } catch (ParseException e) {
            problems.add(syntaxError(e, file));
        } catch (TemplateException e) {
            Optional<ParseException> included = parseExceptionIn(e);
            if (included.isPresent()) {
                problems.add(syntaxError(included.get(), file));
                return;
            }
            String where = e.getTemplateSourceName() == null ? file : FOLDER + "/" + e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            problems.add(new Problem(where, line, column, "template error while making " + context + ": " + firstLine(e.getMessageWithoutStackTop()),
                    "fix the template, or the data it reads"));
        } catch (IOException e) {
            // A template that failed to parse once is not parsed again: Freemarker keeps the error and
            // wraps it in an IOException for every later page.
            Optional<ParseException> earlier = parseExceptionIn(e);
            if (earlier.isPresent()) {
                problems.add(syntaxError(earlier.get(), file));
                return;
            }
            problems.at(file, 0, "cannot be read (" + e.getClass().getSimpleName() + ")", "check the file's permissions");
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e);
        }
    }

    /** A template's syntax error, at its own file (an included one's, when it is there) and line. */
    private static Problem syntaxError(ParseException error, String file) {
        String where = error.getTemplateName() == null ? file : FOLDER + "/" + error.getTemplateName();
        return new Problem(where, error.getLineNumber(), error.getColumnNumber(), "template syntax error: " + firstLine(error.getEditorMessage()),
                "fix the template; see https://freemarker.apache.org/docs/ref.html");
    }

    /** A syntax error in an included or imported template comes wrapped in the error of the template that includes it. */
    private static Optional<ParseException> parseExceptionIn(Throwable error) {
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse && parse.getTemplateName() != null) return Optional.of(parse);
        }
        return Optional.empty();
    }

    /** Freemarker's first paragraph, on one line, without its "[in template ...]" (the problem names the place). */
    static String firstLine(@Nullable String message) {
        if (message == null) return "unknown error";
        String paragraph = message.strip().split("\n\\s*\n|\n-{4}", 2)[0];
        String oneLine = paragraph.replaceAll("\\[in template [^\\]]*\\]", "").replace("==>", "").replaceAll("\\s+", " ").strip();
        // The hint follows after "; ", so the sentence's own closing mark goes.
        return oneLine.endsWith(":") || oneLine.endsWith(".") ? oneLine.substring(0, oneLine.length() - 1) : oneLine;
    }
}

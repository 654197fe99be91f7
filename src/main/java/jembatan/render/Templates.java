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
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import jembatan.report.Problem;
import jembatan.report.Problems;
import jembatan.source.SourceText;

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

    private Templates(Configuration configuration, List<String> names) {
        this.configuration = configuration;
        this.names = names;
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
        return Optional.of(new Templates(configuration, names));
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
        String file = FOLDER + "/" + name + ".ftlh";
        try {
            Template template = configuration.getTemplate(name + ".ftlh");
            StringWriter out = new StringWriter();
            Environment environment = template.createProcessingEnvironment(model, out);
            environment.setLocale(locale);
            environment.process();
            return Optional.of(out.toString());
        } catch (TemplateNotFoundException e) {
            problems.at(file, 0, "the template is missing (needed for " + context + ")", "create it, or choose one of: " + String.join(", ", names));
        } catch (ParseException e) {
            problems.add(syntaxError(e, file));
        } catch (TemplateException e) {
            Optional<ParseException> included = parseExceptionIn(e);
            if (included.isPresent()) {
                problems.add(syntaxError(included.get(), file));
                return Optional.empty();
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
                return Optional.empty();
            }
            problems.at(file, 0, "cannot be read (" + e.getClass().getSimpleName() + ")", "check the file's permissions");
        }
        return Optional.empty();
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
    static String firstLine(String message) {
        if (message == null) return "unknown error";
        String paragraph = message.strip().split("\n\\s*\n|\n-{4}", 2)[0];
        String oneLine = paragraph.replaceAll("\\[in template [^\\]]*\\]", "").replace("==>", "").replaceAll("\\s+", " ").strip();
        // The hint follows after "; ", so the sentence's own closing mark goes.
        return oneLine.endsWith(":") || oneLine.endsWith(".") ? oneLine.substring(0, oneLine.length() - 1) : oneLine;
    }
}

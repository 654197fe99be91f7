package jembatan.render;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.template.Template;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jembatan.report.Problem;

/**
 * The bounds a page's template is held to, since Freemarker has none of its own: recursion as
 * deep as the render thread's stack (a macro that calls itself without end overflows it, and
 * that is caught), {@value #SECONDS} seconds, {@value #MAX_OUTPUT} characters of output, and the
 * memory one value can take (a value too large to hold fails at its own allocation, and that is
 * caught).
 * Time is bounded by interrupting the render thread, which Freemarker checks at every turn of a
 * {@code #list} once its templates carry the checks ({@code _CoreAPI.addThreadInterruptedChecks}),
 * and by the writer, which also counts the output. Each bound passed is a problem at the template
 * and line Freemarker was at: read from its stack of instructions, which is not public API, so
 * when it cannot be read the problem names the page's template alone.
 */
// Freemarker marks TemplateElement deprecated as internal, not as going away: it is the only way to the line a bound was passed at.
@SuppressWarnings("deprecation")
final class TemplateBounds {
    static final int SECONDS = 10;
    static final int MAX_OUTPUT = 64 * 1024 * 1024;

    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "template-deadline");
        thread.setDaemon(true);
        return thread;
    });

    static {
        // A page renders in milliseconds: its deadline, cancelled, leaves the queue at once.
        TIMER.setRemoveOnCancelPolicy(true);
    }
    private static final Optional<Field> STACK = field("instructionStack");
    private static final Optional<Field> STACK_SIZE = field("instructionStackSize");

    private final long millis;
    private final int maxOutput;

    TemplateBounds(long millis, int maxOutput) {
        this.millis = millis;
        this.maxOutput = maxOutput;
    }

    static TemplateBounds standard() {
        return new TemplateBounds(SECONDS * 1000L, MAX_OUTPUT);
    }

    /** Adds Freemarker's interruption checks to a template: once, before anyone renders it. */
    static void checkInterruptions(Template template) {
        freemarker.core._CoreAPI.addThreadInterruptedChecks(template);
    }

    /** The bound a render passed, and the instruction Freemarker was at when it can be read. */
    private record Passed(String what, Optional<TemplateElement> at) {
    }

    /** One page's render: its output, its deadline, and the place where it passed a bound. */
    Run start(String file) {
        return new Run(file);
    }

    final class Run {
        private final String file;
        private final Thread thread = Thread.currentThread();
        private final long deadline = System.nanoTime() + millis * 1_000_000;
        private final Output output = new Output();
        private final ScheduledFuture<?> timer;
        private Optional<Environment> environment = Optional.empty();
        private boolean finished;
        private Optional<Passed> passed = Optional.empty();

        private Run(String file) {
            this.file = file;
            this.timer = TIMER.schedule(this::timeUp, millis, TimeUnit.MILLISECONDS);
        }

        Writer writer() {
            return output;
        }

        String text() {
            return output.text.toString();
        }

        void watch(Environment environment) {
            this.environment = Optional.of(environment);
        }

        private synchronized void timeUp() {
            if (finished) return;
            pass("took more than " + millis / 1000 + " seconds", current());
            thread.interrupt();
        }

        /** The render is over: no interruption comes after this, and one that came is cleared. */
        synchronized void finish() {
            finished = true;
            timer.cancel(false);
            if (passed.filter(p -> p.what().startsWith("took")).isPresent()) Thread.interrupted();
        }

        /** After a stack overflow, the deepest instruction Freemarker reached is the call that recursed. */
        void overflowed() {
            pass("calls macros or includes more deeply than the stack allows (does a macro call itself without end?)", deepest());
        }

        /**
         * After running out of memory the stack has unwound; the deepest instruction it held is
         * the best guess at the one that made the value too large, as for an overflow.
         */
        void exhausted() {
            pass("made a value larger than memory can hold (does a value grow without end?)", deepest());
        }

        private synchronized void pass(String what, Optional<TemplateElement> at) {
            if (passed.isPresent()) return;
            passed = Optional.of(new Passed(what, at));
        }

        /** The problem, if a bound was passed, naming the template and line. */
        synchronized Optional<Problem> problem(String context) {
            if (passed.isEmpty()) return Optional.empty();
            Optional<TemplateElement> where = passed.get().at();
            String at = where.map(TemplateElement::getTemplate).map(template -> Templates.FOLDER + "/" + template.getSourceName()).orElse(file);
            int line = where.map(TemplateElement::getBeginLine).orElse(0);
            return Optional.of(new Problem(at, line, 0, "the template " + passed.get().what() + " while making " + context,
                    "a page's template has " + millis / 1000 + " seconds, " + maxOutput / (1024 * 1024)
                            + " MB of output and the stack's depth of macro calls; look for a loop or a macro call that does not end"));
        }

        /** The instruction on top of Freemarker's stack: none when the render has not begun or the stack cannot be read. */
        private Optional<TemplateElement> current() {
            if (environment.isEmpty() || STACK.isEmpty() || STACK_SIZE.isEmpty()) return Optional.empty();
            try {
                Object[] stack = (Object[]) STACK.get().get(environment.get());
                int size = STACK_SIZE.get().getInt(environment.get());
                return size > 0 && size <= stack.length ? Optional.ofNullable((TemplateElement) stack[size - 1]) : Optional.empty();
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** The deepest instruction in Freemarker's stack array: none when the render has not begun or the stack cannot be read. */
        private Optional<TemplateElement> deepest() {
            if (environment.isEmpty() || STACK.isEmpty()) return Optional.empty();
            try {
                Optional<TemplateElement> last = Optional.empty();
                for (Object element : (Object[]) STACK.get().get(environment.get())) if (element != null) last = Optional.of((TemplateElement) element);
                return last;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Optional.empty();
            }
        }

        /** The page's text as the template writes it, counted, and cut off at a bound. */
        private final class Output extends Writer {
            private final StringBuilder text = new StringBuilder();

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                check(length);
                text.append(chars, offset, length);
            }

            @Override
            public void write(String string, int offset, int length) throws IOException {
                check(length);
                text.append(string, offset, offset + length);
            }

            private void check(int length) throws IOException {
                if (text.length() + (long) length > maxOutput) {
                    pass("wrote more than " + maxOutput / (1024 * 1024) + " MB", current());
                    throw new IOException("output bound passed");
                }
                if (System.nanoTime() > deadline) {
                    pass("took more than " + millis / 1000 + " seconds", current());
                    throw new IOException("time bound passed");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }
    }

    private static Optional<Field> field(String name) {
        try {
            Field field = Environment.class.getDeclaredField(name);
            field.setAccessible(true);
            return Optional.of(field);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

package jembatan.pipeline;

/** Told how far a build has got, so that a long build can show its progress on a terminal. */
@FunctionalInterface
public interface Progress {
    /** Says nothing. */
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} pages are rendered (or reused). */
    void pages(int done, int total);

    /** A stage of the build begins ("markdown", "pages", ...); the previous one, if any, has ended. */
    default void stage(String name) {
    }
}

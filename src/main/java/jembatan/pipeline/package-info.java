/**
 * The pipeline run as one: {@link jembatan.pipeline.Build} takes a project through every stage, in
 * parallel where articles and pages allow, and returns a {@link jembatan.pipeline.BuildOutcome} (a
 * built site, or its problems), writing nothing. A {@link jembatan.pipeline.BuildCache}, an immutable
 * value, lets a later run reuse what it made from equal inputs, which is how the preview rebuilds
 * in milliseconds through the same path as a full build.
 */
@NullMarked
package jembatan.pipeline;

import org.jspecify.annotations.NullMarked;

/**
 * Writing {@code site/}: {@link jembatan.output.SiteWriter} replaces it through a staging folder
 * by two renames, writing only files whose bytes changed and each as a new file; {@link
 * jembatan.output.SiteLock} lets one build at a time write a project; {@link
 * jembatan.output.OutputPath} is the one gate for output paths, and a failed write is a problem,
 * not an exception.
 */
@NullMarked
package jembatan.output;

import org.jspecify.annotations.NullMarked;

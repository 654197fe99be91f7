/**
 * The preview: {@link jembatan.serve.LiveSite} rebuilds in memory from the last good run's cache
 * when the editor saves, {@link jembatan.serve.PreviewServer} serves the result on loopback with a
 * reload event to the browser and an error page in the page's language while a build fails, and
 * {@link jembatan.serve.ProjectWatcher} gathers a save's file events into one rebuild.
 */
@NullMarked
package jembatan.serve;

import org.jspecify.annotations.NullMarked;

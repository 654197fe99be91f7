/**
 * The finished page: one jsoup parse of a rendered page, ordered steps on it (comments dropped,
 * the base path added, the content security policy or the preview's reload script), one
 * serialization, and the {@link jembatan.html.PageOutline} the checks read, from the same parse;
 * {@link jembatan.html.BuiltSite} is the site as sorted paths and bytes.
 */
@NullMarked
package jembatan.html;

import org.jspecify.annotations.NullMarked;

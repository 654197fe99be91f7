/**
 * Pages made from templates: Freemarker, locked down and bounded in time, stack and output, turns
 * each page's {@link jembatan.render.PageModel} of plain maps into HTML; fact boxes are drawn from
 * their partials and a page's sources numbered once; the feed, sitemap and host files are written;
 * the designers' assets and editors' media are published, stylesheets minified and named after
 * their content.
 */
@NullMarked
package jembatan.render;

import org.jspecify.annotations.NullMarked;

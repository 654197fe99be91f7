/**
 * An article's Markdown rendered with flexmark into {@link jembatan.markdown.RenderedMarkdown}:
 * its HTML, headings with GitHub's ids, links resolved to site paths, the facts it cites, and the
 * numbers, dates and names its prose states, each with its line, read in the article's language so
 * that translations can be compared. Raw HTML passes a safelist, and Markdown nested or repeated
 * past its bounds is a problem at its line rather than a stack overflow.
 */
@NullMarked
package jembatan.markdown;

import org.jspecify.annotations.NullMarked;

/**
 * The articles: every Markdown file under {@code content/<lang>/} read into an {@link
 * jembatan.content.Article} (front matter, body, slug, folder, translation key) and gathered into
 * a {@link jembatan.content.Site}, which answers from indexes made once: translations, sections
 * and their entries, breadcrumbs, neighbours, topics and old addresses. Drafts and future articles
 * are left out here, and what is wrong with keys, slugs, translations, aliases or the menu is
 * reported by {@link jembatan.content.ContentChecks}.
 */
@NullMarked
package jembatan.content;

import org.jspecify.annotations.NullMarked;

/**
 * The site's configuration: {@code content/site.yaml} read into a {@link
 * jembatan.config.SiteConfig} (base URL, languages with their locales and date patterns, the
 * declared menu, tags that are one topic across languages), and each language's interface strings
 * from {@code templates/i18n/} as a {@link jembatan.config.Dictionary}. Uses only the stages
 * before it: report and source.
 */
@NullMarked
package jembatan.config;

import org.jspecify.annotations.NullMarked;

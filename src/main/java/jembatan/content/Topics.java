package jembatan.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jembatan.config.Language;
import jembatan.config.SiteConfig;
import jembatan.config.TopicPairs;
import jembatan.report.Problems;

/**
 * The pages the build makes for tags: one per tag per language ({@code /en/tags/go/}), listing
 * the pages that carry it, and one per language listing its tags ({@code /en/tags/}). Tags are
 * told apart by their slug, so {@code Go} and {@code go} are one topic, shown as first written.
 * A tag's page pairs with the other language's page of the same slug, or of the tag that
 * {@code site.yaml} pairs it with; a tag no other language has is a topic of its own language.
 */
final class Topics {
    /** The folder of the tags' pages under each language's address. */
    static final String FOLDER = "tags";

    private Topics() {
    }

    /** The tags' pages of {@code published}, in the order of languages, then of first use; a tag that makes no address is reported. */
    static List<Article> pages(List<Article> published, SiteConfig config, Problems problems) {
        Map<String, String> pairedKeys = pairedKeys(config);
        List<Article> pages = new ArrayList<>();
        for (Language language : config.languages()) {
            Map<String, String> tags = new LinkedHashMap<>(); // slug -> tag as first written
            for (Article article : published) {
                if (!article.language().equals(language)) continue;
                for (String tag : article.front().tags()) {
                    String slug = Slug.of(tag);
                    if (slug.isEmpty()) {
                        problems.at(article.file(), article.front().line("tags"), "tag \"" + tag + "\" has no letter or digit to make its address from",
                                "write the tag with letters or digits, e.g. `tags: [go]`");
                    } else if (Slug.unfit(slug).isPresent()) {
                        problems.at(article.file(), article.front().line("tags"), "tag \"" + Slug.shown(tag) + "\" makes an address whose last part "
                                + Slug.unfit(slug).get(), "shorten the tag");
                    } else {
                        tags.putIfAbsent(slug, tag);
                    }
                }
            }
            if (tags.isEmpty()) continue;
            String folder = language.homePath() + FOLDER + "/";
            pages.add(new Article("the tags of " + language.name() + " (" + folder + ")", language, FOLDER + "/", FOLDER,
                    FrontMatter.ofTitle(FOLDER), "", 1, Article.Kind.TOPICS, "", false, folder));
            tags.forEach((slug, tag) -> pages.add(new Article("the tag \"" + tag + "\" (" + folder + slug + "/)", language,
                    pairedKeys.getOrDefault(language.code() + "\n" + slug, FOLDER + "/" + slug), slug, FrontMatter.ofTitle(tag), "", 1,
                    Article.Kind.TOPIC, "", false, folder + slug + "/")));
        }
        return pages;
    }

    /** The key of each paired tag, by language and slug: the same for every tag of a pair, from its first language's tag. */
    private static Map<String, String> pairedKeys(SiteConfig config) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (TopicPairs.Pair pair : config.topics().pairs()) {
            List<Language> tagged = config.languages().stream().filter(language -> pair.tags().containsKey(language.code())).toList();
            if (tagged.isEmpty()) continue;
            // Apart from the keys of unpaired tags, which are their slugs: a pair is one topic under any name.
            String key = FOLDER + "/" + Slug.of(pair.tags().get(tagged.get(0).code())) + "/paired";
            for (Language language : tagged) keys.put(language.code() + "\n" + Slug.of(pair.tags().get(language.code())), key);
        }
        return keys;
    }

    /** The tag's page an article's tag is listed on, by language and slug. */
    static String lookup(Language language, String tag) {
        return language.code() + "\n" + Slug.of(tag);
    }
}

package io.quire.article.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's default layout of an OpenSearch index (a numbered index behind a read and a
 * write alias) with a prefix before every name, so several deployments, or test runs, can share
 * one cluster: {@code quire-articles-000001}, {@code quire-articles-read}, {@code quire-articles-write}.
 */
public class PrefixedIndexLayout implements IndexLayoutStrategy {

    private static final Pattern NUMBERED = Pattern.compile("(.*)-\\d{6}");

    private final String prefix;

    public PrefixedIndexLayout(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-read";
    }

    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName;
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        Matcher numbered = NUMBERED.matcher(elasticsearchIndexName);
        if (!numbered.matches()) {
            throw new IllegalArgumentException("Not a numbered index name: " + elasticsearchIndexName);
        }
        return numbered.group(1);
    }
}

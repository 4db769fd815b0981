package io.quire.article.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link SearchAnalysis} for the shared OpenSearch index: the same analyzer and normalizer, under
 * the same names, built from OpenSearch's equivalents of the Lucene filters (the standard
 * tokenizer, the English possessive stemmer, lowercase, ASCII folding, the English stop words
 * and the Porter stemmer), so both backends match, rank and highlight the same words.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String POSSESSIVE = "english_possessive";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.analyzer(SearchAnalysis.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", "stop", "porter_stem");
        context.normalizer(SearchAnalysis.SORTABLE).custom().tokenFilters("lowercase", "asciifolding");
    }
}

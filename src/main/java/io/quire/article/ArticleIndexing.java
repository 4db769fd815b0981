package io.quire.article;

import io.quire.article.internal.SearchAnalysis;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.springframework.stereotype.Component;

/**
 * What of an article the search index holds, as {@link ArticleSearch} queries it: title, summary
 * and body as English text (highlightable), the title also as a sort key, tag names and slugs,
 * and the fields lists filter and sort by. Tag renames reach the index through
 * {@link SearchIndexMaintenance}, not through the embedding.
 */
@Component
class ArticleIndexing implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep article = context.programmaticMapping().type(Article.class);
        article.indexed().index("articles");
        article.property("title")
                .fullTextField()
                .analyzer(SearchAnalysis.ENGLISH)
                .highlightable(UNIFIED);
        article.property("title")
                .keywordField("title_sort")
                .normalizer(SearchAnalysis.SORTABLE)
                .sortable(Sortable.YES);
        article.property("summary")
                .fullTextField()
                .analyzer(SearchAnalysis.ENGLISH)
                .highlightable(UNIFIED);
        article.property("body")
                .fullTextField()
                .analyzer(SearchAnalysis.ENGLISH)
                .highlightable(UNIFIED);
        article.property("status").keywordField();
        article.property("authorId").genericField();
        for (String time : new String[] {"publishedAt", "createdAt", "updatedAt"}) {
            article.property(time).genericField().sortable(Sortable.YES);
        }
        article.property("tags")
                .indexedEmbedded()
                .includePaths("name", "slug")
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    }

    private static final Set<Highlightable> UNIFIED = Set.of(Highlightable.UNIFIED);
}

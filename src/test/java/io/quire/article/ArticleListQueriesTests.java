package io.quire.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.core.security.Caller;
import io.quire.support.ApiTest;
import io.quire.support.SqlRecorder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** A list of articles with their tags, authors and comment counts costs a fixed, small number of statements. */
abstract class ArticleListQueriesTests extends ApiTest {

    @Autowired
    ArticleQueries articles;

    @Test
    void aPageOfTwentyArticlesWithTagsTakesAFixedSmallNumberOfStatements() {
        String tag = unique("Counted");
        for (int i = 0; i < 21; i++) {
            String author = signedIn("AUTHOR");
            String editor = adminToken();
            String id = given.draft(
                            author, """
                    {"title": "%s", "tags": ["%s", "%s", "%s"]}""".formatted(unique("Counted " + i), tag, unique("Other"), unique("Third")))
                    .path("id")
                    .asString();
            given.publish(editor, id);
        }
        ArticleFilter filter = new ArticleFilter(List.of(tag.toLowerCase()), null, null, null, null, null);
        Sort newest = Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by(Sort.Direction.DESC, "id"));

        var small =
                SqlRecorder.record(() -> articles.list(filter, PageRequest.of(0, 5, newest), Caller.ANONYMOUS, null));
        var large =
                SqlRecorder.record(() -> articles.list(filter, PageRequest.of(0, 20, newest), Caller.ANONYMOUS, null));
        assertThat(small.statements()).anyMatch(sql -> sql.startsWith("select count(*) from article_tags"));
        assertThat(large.result().page().getContent()).hasSize(20);
        assertThat(large.result().page().getContent()).allMatch(a -> a.tags().size() == 3 && a.author() != null);
        // tag ids, the page's ids, its articles, their tags in one batch, the authors in one query (the total is
        // cached by now)
        assertThat(large.statements()).as(String.join("\n", large.statements())).hasSizeLessThanOrEqualTo(5);
        assertThat(large.statements())
                .hasSizeLessThanOrEqualTo(small.statements().size());
        // The page's ids come from the listing index of the join table, not from a subquery over articles.
        assertThat(large.statements())
                .anyMatch(sql -> sql.startsWith("select article_id from article_tags"))
                .noneMatch(sql -> sql.replace(" ", "").contains("in(select"));

        var next = SqlRecorder.record(() -> articles.list(
                filter,
                PageRequest.of(0, 20, newest),
                Caller.ANONYMOUS,
                large.result().nextCursor()));
        assertThat(next.result().page().getContent()).hasSize(1);
        assertThat(next.statements())
                .hasSizeLessThanOrEqualTo(5)
                .anyMatch(sql -> sql.startsWith("select article_id from article_tags"));
    }
}

package io.quire.transfer;

import io.quire.article.ArticleLookup;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permalinks an imported article had on its old site ({@code /2013/01/10/some-post/}, {@code /?p=123}),
 * so a frontend that receives an old link can ask where it went. Paths are kept without scheme and host,
 * lower-cased, with one trailing slash; of the query only {@code p} and {@code page_id}
 * count.
 */
@Service
@Transactional
public class Redirects {

    private static final Set<String> KEPT_QUERY = Set.of("p", "page_id");
    private static final int MAX_PATH = 500;

    private final NamedParameterJdbcTemplate named;
    private final ArticleLookup articles;
    private final Clock clock;

    Redirects(JdbcTemplate jdbc, ArticleLookup articles, Clock clock) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.articles = articles;
        this.clock = clock;
    }

    /** Where an old path went: the published article by its current slug, and its address in the API. */
    @Schema(name = "Redirect")
    public record Redirect(
            @Schema(example = "/2013/01/10/some-post/") String path,

            @Schema(example = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a")
            UUID articleId,

            @Schema(example = "some-post") String slug,

            @Schema(example = "/api/v1/articles/slug/some-post")
            String location) {}

    /** The published article that once lived at this path or URL. */
    @Transactional(readOnly = true)
    public Optional<Redirect> find(String pathOrUrl) {
        String path = normalize(pathOrUrl);
        if (path == null) {
            return Optional.empty();
        }
        List<UUID> ids = named.queryForList(
                "select article_id from legacy_paths where path = :path", Map.of("path", path), UUID.class);
        return ids.stream()
                .findFirst()
                .flatMap(articles::findPublished)
                .map(a -> new Redirect(path, a.id(), a.slug(), "/api/v1/articles/slug/" + a.slug()));
    }

    /** An old path of an article, as exports carry it. */
    public record FormerPath(String path, UUID articleId, Instant createdAt) {}

    /** The old paths of these articles, ordered by article and path. */
    @Transactional(readOnly = true)
    public List<FormerPath> ofArticles(java.util.Collection<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return named.query(
                "select path, article_id, created_at from legacy_paths where article_id in (:ids) order by article_id, path",
                Map.of("ids", articleIds),
                (rs, n) -> new FormerPath(
                        rs.getString(1),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class).toInstant()));
    }

    /** Records the old paths of imported articles; a path recorded already keeps its article. */
    void record(Map<UUID, List<String>> pathsByArticle) {
        Instant now = Instant.now(clock);
        List<FormerPath> paths = new ArrayList<>();
        pathsByArticle.forEach((id, list) -> list.forEach(p -> paths.add(new FormerPath(p, id, now))));
        record(paths);
    }

    /** Records old paths with the times they were first recorded; a path recorded already keeps its article. */
    void record(List<FormerPath> paths) {
        Map<String, FormerPath> wanted = new java.util.LinkedHashMap<>();
        paths.forEach(p -> {
            String path = normalize(p.path());
            if (path != null) {
                wanted.putIfAbsent(path, p);
            }
        });
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(named.queryForList(
                "select path from legacy_paths where path in (:paths)",
                Map.of("paths", wanted.keySet()),
                String.class));
        List<Object[]> rows = new ArrayList<>();
        wanted.forEach((path, p) -> {
            if (!known.contains(path)) {
                rows.add(new Object[] {path, p.articleId(), OffsetDateTime.ofInstant(p.createdAt(), ZoneOffset.UTC)});
            }
        });
        named.getJdbcTemplate()
                .batchUpdate("insert into legacy_paths (path, article_id, created_at) values (?, ?, ?)", rows);
    }

    /** The path as kept: no scheme or host, lower case, one trailing slash, only the query that names a post. */
    static String normalize(String pathOrUrl) {
        if (pathOrUrl == null || pathOrUrl.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(pathOrUrl.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        path = path.toLowerCase(Locale.ROOT);
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        String query = keptQuery(uri.getRawQuery());
        String normalized = query.isEmpty() ? path : path + "?" + query;
        return normalized.length() > MAX_PATH || normalized.equals("/") ? null : normalized;
    }

    private static String keptQuery(String query) {
        if (query == null) {
            return "";
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2
                    && KEPT_QUERY.contains(parts[0].toLowerCase(Locale.ROOT))
                    && parts[1].matches("\\d{1,19}")) {
                return parts[0].toLowerCase(Locale.ROOT) + "=" + parts[1];
            }
        }
        return "";
    }
}

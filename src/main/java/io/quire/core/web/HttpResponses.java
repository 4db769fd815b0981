package io.quire.core.web;

import io.quire.core.domain.ETags;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Shapes successful answers with their strong ETags ({@link ETags}), so the same tag serves
 * {@code If-None-Match} (304) and {@code If-Match} (412).
 */
@Component
public class HttpResponses {

    private final ETags etags;

    HttpResponses(ETags etags) {
        this.etags = etags;
    }

    public String etagOf(Object body) {
        return etags.of(body);
    }

    /** 200 with an ETag; Spring answers a matching {@code If-None-Match} with 304 by itself. */
    public <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().eTag(etagOf(body)).body(body);
    }

    /** 200 with a page of a list, as {@link #page(Page, List)} with the page's own content. */
    public <T> ResponseEntity<PageResponse<T>> page(Page<T> page) {
        return page(page, page.getContent());
    }

    /**
     * 200 with a page of a list, its ETag and an RFC 8288 {@code Link} header with the
     * {@code first}, {@code prev}, {@code next} and {@code last} pages that exist.
     */
    public <T> ResponseEntity<PageResponse<T>> page(Page<?> page, List<T> content) {
        int last = Math.max(0, page.getTotalPages() - 1);
        String next = page.getNumber() < last ? pageUri(page.getNumber() + 1) : null;
        return page(page, content, next);
    }

    /**
     * A page of a list that continues from a cursor: {@code next} carries {@code after=<cursor>}
     * instead of a page number, so following it stays fast however deep it goes.
     *
     * @param nextAfter the cursor of the next page, or null on the last page
     */
    public <T> ResponseEntity<PageResponse<T>> continuedPage(Page<?> page, List<T> content, String nextAfter) {
        String next = nextAfter == null
                ? null
                : ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("page")
                        .replaceQueryParam("after", nextAfter)
                        .build()
                        .toUriString();
        return page(page, content, next);
    }

    private <T> ResponseEntity<PageResponse<T>> page(Page<?> page, List<T> content, String next) {
        PageResponse<T> body = PageResponse.of(page, content, next);
        List<String> links = new ArrayList<>();
        int last = Math.max(0, page.getTotalPages() - 1);
        links.add(link(pageUri(0), "first"));
        if (page.getNumber() > 0) {
            links.add(link(pageUri(Math.min(page.getNumber() - 1, last)), "prev"));
        }
        if (next != null) {
            links.add(link(next, "next"));
        }
        links.add(link(pageUri(last), "last"));
        return ResponseEntity.ok()
                .eTag(etagOf(body))
                .header(HttpHeaders.LINK, String.join(", ", links))
                .body(body);
    }

    private static String pageUri(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("after")
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    private static String link(String uri, String rel) {
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }

    /** 201 with the ETag and the {@code Location} of the resource created under the request's path with this id. */
    public <T> ResponseEntity<T> created(Object id, T body) {
        return created(
                ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(id), body);
    }

    public <T> ResponseEntity<T> created(URI location, T body) {
        return ResponseEntity.created(location).eTag(etagOf(body)).body(body);
    }
}

package io.quire.core.web;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shapes successful answers: strong ETags computed from the JSON a client receives, so an
 * ETag changes exactly when the representation does, and the same tag serves
 * {@code If-None-Match} (304) and {@code If-Match} (412).
 */
@Component
public class HttpResponses {

    private final JsonMapper json;

    HttpResponses(JsonMapper json) {
        this.json = json;
    }

    public String etagOf(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 200 with an ETag; Spring answers a matching {@code If-None-Match} with 304 by itself. */
    public <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().eTag(etagOf(body)).body(body);
    }

    /**
     * 200 with a page of a list, its ETag and an RFC 8288 {@code Link} header with the
     * {@code first}, {@code prev}, {@code next} and {@code last} pages that exist.
     */
    public <T> ResponseEntity<PageResponse<T>> page(Page<?> page, List<T> content) {
        PageResponse<T> body = PageResponse.of(page, content);
        List<String> links = new ArrayList<>();
        int last = Math.max(0, page.getTotalPages() - 1);
        links.add(link(0, "first"));
        if (page.getNumber() > 0) {
            links.add(link(Math.min(page.getNumber() - 1, last), "prev"));
        }
        if (page.getNumber() < last) {
            links.add(link(page.getNumber() + 1, "next"));
        }
        links.add(link(last, "last"));
        return ResponseEntity.ok().eTag(etagOf(body)).header(HttpHeaders.LINK, String.join(", ", links)).body(body);
    }

    private static String link(int page, String rel) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page)
                .build().toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }

    public <T> ResponseEntity<T> created(URI location, T body) {
        return ResponseEntity.created(location).eTag(etagOf(body)).body(body);
    }
}

package io.quire.core.web;

import org.springframework.util.unit.DataSize;

/**
 * A larger (or smaller) body limit than {@code cms.http.max-body-size} for the requests to one path and the paths
 * below it, declared as a bean by the module that owns the path (an upload of export files, say).
 */
public record RequestBodyLimit(String path, DataSize maxSize) {

    boolean applies(String requestPath) {
        return requestPath.equals(path) || requestPath.startsWith(path + "/");
    }
}

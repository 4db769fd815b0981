package io.quire.core.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers failures that happen outside Spring MVC (in filters or the servlet container)
 * with the same problem shape as everything else, and never with the container's error page.
 */
@Hidden
@RestController
class ErrorEndpoint implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (code == null) {
            // Asked for by its path, not reached through a failure: there is nothing here.
            return Problems.entity(Problems.ofStatus(404, request.getRequestURI()), new HttpHeaders());
        }
        return Problems.entity(
                Problems.ofStatus(code instanceof Integer i ? i : 500, uri == null ? null : uri.toString()),
                new HttpHeaders());
    }
}

package io.quire;

import io.quire.core.apidocs.ApiOverview;
import io.quire.core.apidocs.ApiOverview.ProblemSamples;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API as a whole, as its description introduces it: what Quire is, how to sign in and try
 * it, and its conventions. Each module describes its own operations on its controllers.
 */
@Configuration(proxyBeanMethods = false)
class QuireApi {

    private static final String INTRODUCTION = """
            Quire is a headless CMS: articles, tags and comments over REST.

            **Signing in.** Click **Authorize**, enter your username and password under *oauth (OAuth2, \
            password)*, leave *client_id* and *client_secret* empty, press **Authorize**, then **Close**. The \
            sign-in lasts until its token expires (an hour by default) and survives reloading the page; the \
            password is not kept. On a first start the user `admin` gets the password from \
            `CMS_ADMIN_PASSWORD`, or a generated one printed once in the log. Reading published articles, tags \
            and approved comments needs no sign-in.

            **Trying it out.** Every operation is ready to run: open it, fill in ids from earlier answers, adjust \
            the prefilled example body and press **Execute**. Send the `ETag` of what you read as `If-Match` \
            when you change it, so that two editors never overwrite each other (412 when it is stale).

            **Conventions.** JSON in UTF-8, camelCase, timestamps in ISO-8601 UTC. Lists take `page` (0-based), \
            `size` (1–100) and `sort=field,asc|desc` and send a `Link` header. Single resources carry a strong \
            `ETag`: send it back in `If-None-Match` (304) or `If-Match` (412 when stale). Errors are RFC 9457 \
            problems (`application/problem+json`), naming the broken fields in `errors`.""";

    @Bean
    ApiOverview apiOverview() {
        return new ApiOverview(
                "Quire API",
                "v1",
                INTRODUCTION,
                new ProblemSamples(
                        "/api/v1/articles",
                        "title",
                        "must not be blank",
                        "Article 3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a was not found.",
                        "slug-taken",
                        "The slug 'gpu-export-rules-explained' is taken by another article.",
                        "Too many comments from this client; wait a moment and try again."));
    }
}

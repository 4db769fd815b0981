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

            **Signing in.** Click **Authorize**, enter your username and password in the first form, press \
            **Authorize**, then **Close**. A wrong password reads "Wrong username or password.". The sign-in \
            lasts until its token expires (an hour by default) and survives reloading the page; the password is \
            not kept. The *token* box below it is for API keys and tokens made elsewhere. To act as a reader \
            (to post a comment as one, say), press **Authorize** then **Logout**. On a first start the user \
            `admin` gets the password from `CMS_ADMIN_PASSWORD`, or a generated one printed once in the log. \
            Reading published articles, tags and approved comments needs no sign-in.

            **Moving ids.** Operations name things by `id`. Find one in a list first: "List articles" \
            (filter with `q`, `status` or `tag`), "Get an article by slug" when you know its address, \
            "Moderation queue" for comments, "List tags", "List users". Each item shows `id`, `version` and, \
            for articles, `title` and `slug`: copy the `id` into the next operation's `id` field. Swagger UI \
            keeps what you typed in a field until you reload the page.

            **Changing things safely.** Every change takes the `version` you read, in the body (the examples \
            have it: replace the number with the one you read, from a list or any answer). When someone else \
            changed it in the meantime you get 412, "Someone changed this since you loaded it": read it again, \
            then repeat your change. Programs may send the `ETag` as `If-Match` instead (quotes optional).

            **Times.** All times are UTC (ISO-8601, `2030-06-01T07:00:00Z`). A `publishAt` must lie in the \
            future: a past one is refused, so a typo never publishes by accident; to publish now, leave it out.

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

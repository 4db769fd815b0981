package io.quire.core.apidocs;

/**
 * What the API says about itself as a whole: its title and the introduction at the top of the
 * description, and the sample values the documented problem responses show. The application
 * declares one; modules describe their own operations.
 *
 * @param samples values that make the problem examples concrete
 */
public record ApiOverview(String title, String version, String introduction, ProblemSamples samples) {

    /**
     * @param instance the request path of every sample problem
     * @param field the field a sample validation problem names, with its {@code message}
     * @param notFound the detail of a sample 404
     * @param conflictType the problem type of a sample 409, such as {@code slug-taken}
     * @param conflict the detail of a sample 409
     * @param tooManyRequests the detail of a sample 429
     */
    public record ProblemSamples(
            String instance,
            String field,
            String message,
            String notFound,
            String conflictType,
            String conflict,
            String tooManyRequests) {}
}

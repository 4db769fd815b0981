package io.quire.core.apidocs;

import io.quire.core.web.IfMatch;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.time.Clock;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: sign-in through the OAuth 2.0 password flow (so Swagger UI's
 * Authorize dialog takes a username and password), the application's {@link ApiOverview}, and
 * every operation completed by {@link OperationDocs} and ordered by the controllers'
 * {@link ApiSection}s.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    static {
        // Bound from a header and documented by OperationDocs, not a query parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
    }

    @Bean
    OpenAPI quireOpenApi(ApiOverview overview) {
        return new OpenAPI()
                .info(new Info()
                        .title(overview.title())
                        .version(overview.version())
                        .description(overview.introduction()))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSecuritySchemes(
                                OperationDocs.OAUTH,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.OAUTH2)
                                        .description("Username and password, exchanged for a bearer token.")
                                        .flows(new OAuthFlows()
                                                .password(new OAuthFlow()
                                                        .tokenUrl("/api/v1/auth/token")
                                                        .scopes(new Scopes()))))
                        .addSecuritySchemes(
                                OperationDocs.BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description(
                                                "For programs: a site's API key (`quire_key_…`, from POST "
                                                        + "/api/v1/api-keys) or an access token, pasted as is. People sign in above."))
                        .addSchemas(ProblemDocs.SCHEMA, new ProblemDocs(overview.samples()).schema()));
    }

    @Bean
    ApiSections apiSections(ListableBeanFactory beans) {
        return ApiSections.of(beans);
    }

    /**
     * Swagger UI in the sections' order, remembering a sign-in without the password, with examples dated from the
     * server's clock; see {@link SwaggerUiPage}.
     */
    @Bean
    static BeanPostProcessor swaggerUiPage(ObjectProvider<ApiSections> sections, ObjectProvider<Clock> clock) {
        return new SwaggerUiPage.Installer(sections, clock);
    }

    /** Tags in the sections' order, required response properties and merge-patch schemas; see {@link ApiSchemas}. */
    @Bean
    OpenApiCustomizer apiSchemas(ApiSections sections) {
        return openApi -> {
            sections.sortTags(openApi);
            ApiSchemas.complete(openApi);
        };
    }

    @Bean
    OperationCustomizer operationDocs(ApiOverview overview) {
        return new OperationDocs(overview.samples());
    }
}

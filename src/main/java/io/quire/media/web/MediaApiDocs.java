package io.quire.media.web;

import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The media library's place in the API description: its tag, listed after Tags. */
@Configuration(proxyBeanMethods = false)
class MediaApiDocs {

    static final String TAG = "Media";

    @Bean
    OpenApiCustomizer mediaTag() {
        return openApi -> {
            List<Tag> tags = new ArrayList<>(openApi.getTags() == null ? List.of() : openApi.getTags());
            tags.removeIf(tag -> TAG.equals(tag.getName()));
            int after = 0;
            for (int i = 0; i < tags.size(); i++) {
                if ("Tags".equals(tags.get(i).getName())) {
                    after = i + 1;
                }
            }
            tags.add(
                    after,
                    new Tag()
                            .name(TAG)
                            .description("The image library: uploads, their text and renditions. Files are "
                                    + "served from the URLs in each asset, publicly and cached for a year."));
            openApi.setTags(tags);
        };
    }
}

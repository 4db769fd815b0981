package io.quire.core.apidocs;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/** The {@link ApiSection}s of the controllers, with their tags, in the order of their positions. */
final class ApiSections {

    private record Section(int position, String tag, List<String> operationIds) {}

    private final List<Section> sections;

    private ApiSections(List<Section> sections) {
        this.sections = sections;
    }

    static ApiSections of(ListableBeanFactory beans) {
        return new ApiSections(Arrays.stream(beans.getBeanNamesForAnnotation(ApiSection.class))
                .map(name -> section(ClassUtils.getUserClass(beans.getType(name))))
                .sorted(Comparator.comparingInt(Section::position))
                .toList());
    }

    private static Section section(Class<?> controller) {
        ApiSection section = AnnotationUtils.findAnnotation(controller, ApiSection.class);
        Tag tag = AnnotationUtils.findAnnotation(controller, Tag.class);
        if (tag == null) {
            throw new IllegalStateException(controller.getName() + " has an @ApiSection but no @Tag");
        }
        List<String> operationIds = Arrays.stream(section.order().trim().split("\\s+"))
                .map(method -> {
                    if (ReflectionUtils.findMethod(controller, method, (Class<?>[]) null) == null) {
                        throw new IllegalStateException(
                                controller.getName() + "'s @ApiSection names no method " + method);
                    }
                    return OperationDocs.operationId(controller, method);
                })
                .toList();
        return new Section(section.position(), tag.name(), operationIds);
    }

    /** Every section's operation ids, section by section. */
    List<String> operationOrder() {
        return sections.stream().flatMap(s -> s.operationIds().stream()).toList();
    }

    /** The description's tags in the order of the sections; a tag of no section comes last. */
    void sortTags(OpenAPI openApi) {
        if (openApi.getTags() == null) {
            return;
        }
        List<String> order = sections.stream().map(Section::tag).toList();
        openApi.setTags(openApi.getTags().stream()
                .sorted(Comparator.comparingInt(tag -> {
                    int i = order.indexOf(tag.getName());
                    return i < 0 ? order.size() : i;
                }))
                .toList());
    }
}

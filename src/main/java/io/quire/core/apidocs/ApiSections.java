package io.quire.core.apidocs;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tags of the controllers, each in the place its {@link ApiSection} gives it, with its
 * operations in the section's order.
 */
final class ApiSections {

    private record Section(int position, String tag, List<String> operationIds) {}

    private final List<Section> sections;

    private ApiSections(List<Section> sections) {
        this.sections = sections;
    }

    static ApiSections of(ListableBeanFactory beans) {
        Map<String, List<Class<?>>> controllersByTag = Arrays.stream(
                        beans.getBeanNamesForAnnotation(RestController.class))
                .map(name -> ClassUtils.getUserClass(Objects.requireNonNull(beans.getType(name))))
                .filter(type -> AnnotationUtils.findAnnotation(type, Tag.class) != null)
                .collect(Collectors.groupingBy(
                        type -> AnnotationUtils.findAnnotation(type, Tag.class).name()));
        return new ApiSections(controllersByTag.entrySet().stream()
                .flatMap(tag -> tag.getValue().stream()
                        .map(type -> AnnotationUtils.findAnnotation(type, ApiSection.class))
                        .filter(Objects::nonNull)
                        .map(section -> section(section, tag.getKey(), tag.getValue())))
                .sorted(Comparator.comparingInt(Section::position))
                .toList());
    }

    /** The section's method names, each found on one of the tag's controllers, as operation ids. */
    private static Section section(ApiSection section, String tag, List<Class<?>> controllers) {
        List<String> operationIds = Arrays.stream(section.order().trim().split("\\s+"))
                .map(method -> controllers.stream()
                        .filter(type -> ReflectionUtils.findMethod(type, method, (Class<?>[]) null) != null)
                        .findFirst()
                        .map(type -> OperationDocs.operationId(type, method))
                        .orElseThrow(() -> new IllegalStateException("The @ApiSection of tag " + tag + " names "
                                + method + ", which none of " + controllers + " has")))
                .toList();
        return new Section(section.position(), tag, operationIds);
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

package io.quire.tag;

import io.quire.core.domain.ETags;
import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.InvalidInput;
import io.quire.core.domain.MergePatcher;
import io.quire.core.domain.Precondition;
import io.quire.core.domain.SlugTaken;
import io.quire.core.text.Slugs;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** Creates, changes and deletes tags, and resolves the tag names articles are filed under. */
@Service
@Transactional
public class TagManagement {

    public static final int MAX_NAME_LENGTH = 60;

    private final Tags tags;
    private final TagRows rows;
    private final MergePatcher patcher;
    private final ETags etags;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TagManagement(
            Tags tags, TagRows rows, MergePatcher patcher, ETags etags, ApplicationEventPublisher events, Clock clock) {
        this.tags = tags;
        this.rows = rows;
        this.patcher = patcher;
        this.etags = etags;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Every tag, or for the public only those with a published article: a tag that only drafts and scheduled
     * articles carry would tell what is being written before it is out.
     */
    @Transactional(readOnly = true)
    public Page<TagView> list(Pageable pageable, boolean publicOnly) {
        return (publicOnly ? tags.findByArticleCountGreaterThan(0, pageable) : tags.findAll(pageable)).map(TagView::of);
    }

    /** One tag; for the public, a tag without a published article is not found, exactly like an unknown one. */
    @Transactional(readOnly = true)
    public TagView get(UUID id, boolean publicOnly) {
        return TagView.of((publicOnly ? tags.findByIdAndArticleCountGreaterThan(id, 0) : tags.findById(id))
                .orElseThrow(() -> new TagNotFound(id)));
    }

    /** One tag by slug, with the same visibility as {@link #get(UUID, boolean)}. */
    @Transactional(readOnly = true)
    public TagView getBySlug(String slug, boolean publicOnly) {
        return TagView.of((publicOnly ? tags.findBySlugAndArticleCountGreaterThan(slug, 0) : tags.findBySlug(slug))
                .orElseThrow(() -> new TagNotFound("'" + slug + "'")));
    }

    public TagView create(TagRequest request) {
        requireFreeName(request.name(), null);
        String slug = slugFor(request.slug(), request.name(), null);
        return TagView.of(tags.saveAndFlush(new Tag(request.name(), slug, request.description(), Instant.now(clock))));
    }

    public TagView replace(UUID id, TagRequest request, Precondition precondition) {
        Tag tag = find(id);
        precondition.check(etags.of(TagView.of(tag)), tag.version());
        requireFreeName(request.name(), tag);
        String slug = request.slug() == null ? tag.getSlug() : slugFor(request.slug(), request.name(), tag);
        String slugBefore = tag.getSlug();
        tag.change(request.name(), slug, request.description(), Instant.now(clock));
        TagView view = TagView.of(tags.saveAndFlush(tag));
        events.publishEvent(new TagChanged(id, slugBefore));
        return view;
    }

    public TagView patch(UUID id, JsonNode patch, Precondition precondition) {
        Tag tag = find(id);
        TagRequest current = new TagRequest(tag.getName(), tag.getSlug(), tag.description(), null);
        return replace(id, patcher.apply(current, patch, TagRequest.class), precondition);
    }

    /** Deletes the tag; articles filed under it simply lose it. */
    public void delete(UUID id, Precondition precondition) {
        Tag tag = find(id);
        precondition.check(etags.of(TagView.of(tag)), tag.version());
        // Announced before the delete, while listeners can still see which articles carry the tag.
        events.publishEvent(new TagChanged(id, tag.getSlug()));
        tags.delete(tag);
        tags.flush();
    }

    /**
     * The tags with these names (ignoring case), creating the missing ones. Blank names are
     * refused, duplicates collapse, order is kept. Requests that introduce the same new name at
     * the same time all get the one tag.
     *
     * @param field the request field to name in errors
     */
    public List<Tag> resolve(List<String> names, String field) {
        Map<String, String> byKey = new LinkedHashMap<>();
        List<FieldProblem> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
                errors.add(new FieldProblem(field + "[" + i + "]", "must be a tag name of 1 to 60 characters"));
            } else {
                byKey.putIfAbsent(Tag.keyOf(name), name.strip());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Map<String, Tag> found = new LinkedHashMap<>();
        if (!byKey.isEmpty()) {
            tags.findByNameKeyIn(byKey.keySet()).forEach(t -> found.put(Tag.keyOf(t.getName()), t));
        }
        List<Tag> result = new ArrayList<>();
        Instant now = Instant.now(clock);
        byKey.forEach(
                (key, name) -> result.add(found.containsKey(key) ? found.get(key) : createOrFind(key, name, now)));
        return result;
    }

    /**
     * The tag with this name, inserted if absent. A concurrent request may insert the same name (then it is found
     * once that request commits) or take the derived slug for another name (then the next free slug is tried).
     */
    private Tag createOrFind(String key, String name, Instant now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            rows.insertIfAbsent(name, slugFor(null, name, null), now);
            var tag = tags.findByNameKey(key);
            if (tag.isPresent()) {
                return tag.get();
            }
        }
        throw new TagCreationContended(name);
    }

    /** The ids of the tags with these slugs; unknown slugs are left out. */
    @Transactional(readOnly = true)
    public List<UUID> idsOfSlugs(Collection<String> slugs) {
        return tags.findBySlugIn(slugs).stream().map(Tag::getId).toList();
    }

    /**
     * Moves the counts of published articles by one, in the caller's transaction: up for the tags
     * an article was published under or given while published, down for those it lost.
     */
    public void countPublished(Collection<UUID> gained, Collection<UUID> lost) {
        if (!gained.isEmpty()) {
            tags.addToArticleCount(gained, 1);
        }
        if (!lost.isEmpty()) {
            tags.addToArticleCount(lost, -1);
        }
    }

    private Tag find(UUID id) {
        return tags.findById(id).orElseThrow(() -> new TagNotFound(id));
    }

    private void requireFreeName(String name, Tag self) {
        tags.findByNameKey(Tag.keyOf(name))
                .filter(other -> self == null || !other.getId().equals(self.getId()))
                .ifPresent(other -> {
                    throw new TagNameTaken(other.getName());
                });
    }

    private String slugFor(String explicit, String name, Tag self) {
        if (explicit != null) {
            tags.findBySlug(explicit)
                    .filter(other -> self == null || !other.getId().equals(self.getId()))
                    .ifPresent(other -> {
                        throw new SlugTaken(explicit, "tag");
                    });
            return explicit;
        }
        String base = Slugs.derive(name, "tag");
        String slug = base;
        for (int n = 2;
                tags.findBySlug(slug)
                        .filter(o -> self == null || !o.getId().equals(self.getId()))
                        .isPresent();
                n++) {
            slug = Slugs.withSuffix(base, n);
        }
        return slug;
    }
}

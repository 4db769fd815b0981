package io.quire.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A label articles are filed under. The article module holds tags as an association (the
 * {@code article_tags} join table, its listing copy and the search index embed them) and moves
 * their {@code articleCount} through this module ({@link TagManagement#countPublished}, or
 * {@link TagImport#addToCounts} for imported articles); every other module refers to a tag by id or
 * slug.
 */
@Entity
@Table(name = "tags")
public class Tag {

    @Id
    private UUID id;

    @Column(nullable = false, length = 60)
    @FullTextField(analyzer = "english")
    private String name;

    /** The name folded to lower case: uniqueness ignores case. */
    @Column(name = "name_key", nullable = false, length = 60)
    private String nameKey;

    @Column(nullable = false, length = 120)
    @KeywordField
    private String slug;

    @Column(length = 500)
    private String description;

    @Column(name = "article_count", nullable = false)
    private int articleCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Tag() {}

    Tag(String name, String slug, String description, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        change(name, slug, description, now);
    }

    /**
     * Folds the case of every character on its own (upper, then lower case), so "ΟΔΟΣ" and "οδος"
     * share a key and the key is never longer than the name: {@code String.toLowerCase} turns "İ"
     * into two characters, and a valid 60-character name would no longer fit its column.
     */
    static String keyOf(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.strip().codePoints().forEach(cp -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return key.toString();
    }

    void change(String name, String slug, String description, Instant now) {
        this.name = name.strip();
        this.nameKey = keyOf(name);
        this.slug = slug;
        this.description = description;
        this.updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    String description() {
        return description;
    }

    int articleCount() {
        return articleCount;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}

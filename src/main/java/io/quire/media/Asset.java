package io.quire.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An image someone uploaded, with what they wrote about it. Its files may be shared with identical uploads. */
@Entity
@Table(name = "media_assets")
class Asset {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", nullable = false)
    private MediaFile file;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(length = AssetText.MAX_ALT)
    private String alt;

    @Column(length = AssetText.MAX_CAPTION)
    private String caption;

    @Column(length = AssetText.MAX_CREDIT)
    private String credit;

    @Column(name = "focal_x")
    private Double focalX;

    @Column(name = "focal_y")
    private Double focalY;

    @Column(name = "uploaded_by", nullable = false)
    private UUID uploadedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Asset() {}

    Asset(MediaFile file, String filename, AssetText text, UUID uploadedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.file = file;
        this.filename = filename;
        this.uploadedBy = uploadedBy;
        this.createdAt = now;
        describe(text, null, now);
    }

    void describe(AssetText text, FocalPoint focalPoint, Instant now) {
        this.alt = text.alt();
        this.caption = text.caption();
        this.credit = text.credit();
        this.focalX = focalPoint == null ? null : focalPoint.x();
        this.focalY = focalPoint == null ? null : focalPoint.y();
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    MediaFile file() {
        return file;
    }

    String filename() {
        return filename;
    }

    AssetText text() {
        return new AssetText(alt, caption, credit);
    }

    FocalPoint focalPoint() {
        return focalX == null || focalY == null ? null : new FocalPoint(focalX, focalY);
    }

    UUID uploadedBy() {
        return uploadedBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}

package io.quire.webhook;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;

/**
 * The articles with an event that is committed but not yet fanned out. Listeners run concurrently, so a later
 * event's deliveries can exist before an earlier event's; holding back every delivery about such an article
 * until its events are all fanned out keeps deliveries in order per article. A publication whose listener
 * failed holds nothing back: it is resubmitted by {@link WebhookMaintenance}.
 */
@Component
class PendingFanOuts {

    private static final Logger log = LoggerFactory.getLogger(PendingFanOuts.class);

    private final EventPublicationRepository publications;

    PendingFanOuts(EventPublicationRepository publications) {
        this.publications = publications;
    }

    Set<UUID> articles() {
        Set<UUID> articles = new HashSet<>();
        for (TargetEventPublication publication : publications.findIncompletePublications()) {
            if (!isFanOut(publication) || publication.getStatus() == EventPublication.Status.FAILED) {
                continue;
            }
            try {
                WebhookListener.subjectOf(publication.getEvent()).ifPresent(articles::add);
            } catch (RuntimeException e) {
                log.warn("Cannot read the event of publication {}: {}", publication.getIdentifier(), e.getMessage());
            }
        }
        return articles;
    }

    static boolean isFanOut(EventPublication publication) {
        return publication instanceof TargetEventPublication target
                && target.getTargetIdentifier().getValue().startsWith(WebhookListener.ID_PREFIX);
    }
}

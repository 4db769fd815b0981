package io.quire.webhook;

import io.quire.core.domain.InvalidInput;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions in exports and restores. Secrets never leave: a restored subscription gets a new random secret
 * that nobody is shown, so its deliveries carry signatures no receiver accepts until an admin sets a secret
 * ({@code PATCH /api/v1/webhooks/{id}} with {@code secret}) and gives it to the receiver. Nothing is sent for
 * restored content, which fires no events.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class WebhookTransfer {

    /** What became of one subscription: written, there already, or not written (with why). */
    public record Outcome(UUID id, boolean created, String problem) {}

    private final JdbcTemplate jdbc;
    private final TargetPolicy targets;

    WebhookTransfer(JdbcTemplate jdbc, TargetPolicy targets) {
        this.jdbc = jdbc;
        this.targets = targets;
    }

    /** The subscriptions after {@code after} (null: from the first), at most {@code size}, ordered by id. */
    @Transactional(readOnly = true)
    public List<WebhookData> page(UUID after, int size) {
        String where = after == null ? "" : "where id > ? ";
        Object[] arguments = after == null ? new Object[] {size} : new Object[] {after, size};
        return jdbc.query(
                "select id, url, events, created_at, updated_at, version from webhooks " + where
                        + "order by id fetch first ? rows only",
                (rs, n) -> new WebhookData(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        List.of(rs.getString(3).split(",")),
                        instant(rs, 4),
                        instant(rs, 5),
                        rs.getLong(6)),
                arguments);
    }

    /**
     * Writes the subscriptions that are new, each to a target and events an admin could subscribe to here.
     *
     * @param dryRun check and report only, write nothing
     */
    public List<Outcome> write(List<WebhookData> hooks, boolean dryRun) {
        List<Outcome> outcomes = new ArrayList<>(hooks.size());
        for (WebhookData hook : hooks) {
            String problem = problemOf(hook);
            if (problem != null) {
                outcomes.add(new Outcome(hook.id(), false, problem));
            } else if (jdbc.queryForObject("select count(*) from webhooks where id = ?", Long.class, hook.id()) > 0) {
                outcomes.add(new Outcome(hook.id(), false, null));
            } else {
                if (!dryRun) {
                    insert(hook);
                }
                outcomes.add(new Outcome(hook.id(), true, null));
            }
        }
        return outcomes;
    }

    private void insert(WebhookData hook) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        hook.events().forEach(name -> WebhookEvent.ofWireName(name).ifPresent(events::add));
        jdbc.update(
                "insert into webhooks (id, url, events, secret, created_at, updated_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                hook.id(),
                hook.url(),
                events.stream().map(WebhookEvent::wireName).collect(Collectors.joining(",")),
                Signatures.newSecret(),
                OffsetDateTime.ofInstant(hook.createdAt(), ZoneOffset.UTC),
                OffsetDateTime.ofInstant(hook.updatedAt(), ZoneOffset.UTC),
                hook.version());
    }

    private String problemOf(WebhookData hook) {
        if (hook.id() == null || hook.createdAt() == null || hook.updatedAt() == null || hook.url() == null) {
            return "a webhook needs an id, a URL and its dates";
        }
        if (hook.events() == null
                || hook.events().isEmpty()
                || hook.events().stream()
                        .anyMatch(e -> e == null || WebhookEvent.ofWireName(e).isEmpty())) {
            return "a webhook's events are some of " + WebhookEvent.subscribable();
        }
        try {
            targets.validate(hook.url());
            return null;
        } catch (InvalidInput e) {
            return "the URL '" + hook.url() + "' cannot be called from here: "
                    + e.errors().get(0).message();
        }
    }

    private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}

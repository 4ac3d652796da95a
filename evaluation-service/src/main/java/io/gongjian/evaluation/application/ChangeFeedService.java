package io.gongjian.evaluation.application;

import io.gongjian.commons.api.QueryParameters;
import io.gongjian.commons.domain.Gone;
import io.gongjian.commons.domain.Message;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.PartnershipVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The change feed of the current scores, read with a cursor: a client that keeps the {@code next} cursor of each
 * page and asks again with it sees every change it may see exactly once, in order. The cursor is opaque (a
 * position, encoded) and stays valid for the retention.
 */
@ApplicationScoped
public class ChangeFeedService {

    private static final Logger LOG = Logger.getLogger(ChangeFeedService.class);
    private static final String CURSOR_PREFIX = "c1:";

    @Inject
    ChangeFeed feed;

    @Inject
    ReadModel readModel;

    @ConfigProperty(name = "gongjian.evaluation.change-retention", defaultValue = "P30D")
    Duration retention;

    /** One page of changes after the cursor, and the cursor to ask with next. */
    public record Changes(List<ScoreChange> items, String next) {}

    @Transactional(Transactional.TxType.NEVER)
    public Changes after(Caller caller, String cursor, int limit) {
        feed.sequence();
        // Without a cursor: from the oldest change kept.
        long after = cursor == null || cursor.isBlank() ? feed.purgedThrough() : position(cursor);
        return page(caller, after, limit);
    }

    private Changes page(Caller caller, long after, int limit) {
        if (after < feed.purgedThrough()) {
            throw new Gone("after", "feed.cursor-expired", retention.toDays());
        }
        List<ScoreChange> items = feed.after(after, limit, PartnershipVisibility.of(caller, readModel::involving));
        long last = items.isEmpty() ? after : items.get(items.size() - 1).position();
        return new Changes(items, cursor(last));
    }

    /** Deletes the entries older than the retention. */
    public void purge() {
        int purged = feed.purge(OffsetDateTime.now().minus(retention));
        if (purged > 0) {
            LOG.infof("Purged %d change-feed entries older than %s", purged, retention);
        }
    }

    static String cursor(long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static long position(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR_PREFIX)) {
                long position = Long.parseLong(text.substring(CURSOR_PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // not ours: refused below
        }
        throw new QueryParameters.Unreadable("after", Message.of("feed.not-a-cursor"));
    }
}

package vn.coop.sangtao.integrations.feed;

import org.bson.Document;
import org.springframework.stereotype.Service;

import java.util.List;

/** Reads the tenant's event feed for integrations that poll. */
@Service
public class FeedService {

    private final FeedRepository feed;

    FeedService(FeedRepository feed) {
        this.feed = feed;
    }

    public List<Document> after(long cursor, List<String> types, int limit) {
        return feed.after(cursor, types, limit).stream().map(FeedService::withId).toList();
    }

    private static Document withId(Document stored) {
        Document event = new Document("id", stored.get("_id"));
        stored.forEach((key, value) -> {
            if (!"_id".equals(key)) {
                event.put(key, value);
            }
        });
        return event;
    }
}

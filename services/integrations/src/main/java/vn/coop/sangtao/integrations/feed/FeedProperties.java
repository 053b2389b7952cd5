package vn.coop.sangtao.integrations.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** How long the feed keeps events, and how often it forgets older ones. */
@ConfigurationProperties("sangtao.feed")
public record FeedProperties(@DefaultValue("30d") Duration retention,
                             @DefaultValue("10m") Duration purgeInterval) {
}

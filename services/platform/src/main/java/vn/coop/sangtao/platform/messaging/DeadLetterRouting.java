package vn.coop.sangtao.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import java.util.function.BiFunction;

/**
 * The one error-handling policy of every consumer binding: a few retries with exponential backoff,
 * then the record goes to {@code <topic>.<group>.dlq}; poison records go there at once. Nothing is
 * acknowledged and dropped.
 */
public class DeadLetterRouting implements ListenerContainerWithDlqAndRetryCustomizer {

    private final KafkaOperations<byte[], byte[]> deadLetters;
    private final ConsumerRetryProperties retry;

    public DeadLetterRouting(KafkaOperations<byte[], byte[]> deadLetters, ConsumerRetryProperties retry) {
        this.deadLetters = deadLetters;
        this.retry = retry;
    }

    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlq";
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, ex) -> new TopicPartition(deadLetterTopic(record.topic(), group), -1));
        ExponentialBackOff policy = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        policy.setMaxInterval(retry.maxInterval().toMillis());
        policy.setMaxAttempts(retry.maxAttempts() - 1);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, policy);
        handler.addNotRetryableExceptions(PoisonMessageException.class, DeserializationException.class);
        container.setCommonErrorHandler(handler);
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }
}

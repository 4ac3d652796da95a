package io.gongjian.embedded;

import io.gongjian.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Declares the platform's topics before the services need them, as the Strimzi KafkaTopics do in a cluster:
 * a consumer subscribed to a topic that does not exist yet may take minutes to notice it once it is created.
 */
public final class PlatformTopics {

    public static final List<String> NAMES =
            List.of(Topics.PARTNERSHIP, Topics.ACTIVITY, Topics.PARTNERSHIP + ".dlq", Topics.ACTIVITY + ".dlq");

    /** Partitions per topic: a partnership's events stay in one (they are keyed by partnership id). */
    public static final int PARTITIONS = 3;

    private PlatformTopics() {}

    public static void declare(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = NAMES.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return; // created meanwhile by a producer: same settings
            }
            throw new IllegalStateException("cannot declare the platform's topics on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while declaring the platform's topics", e);
        }
    }
}

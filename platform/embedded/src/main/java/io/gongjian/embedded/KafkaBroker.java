package io.gongjian.embedded;

/** A running Kafka broker; the local platform runs one as a process, tests one inside their JVM. */
public interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();
}

package io.kawat.architecture.broken.clients;

import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Broken on purpose: builds its own producer and admin client instead of using the platform factory (rule d). */
public final class OwnProducer {
    private OwnProducer() {}

    static KafkaProducer<String, String> producer(Properties props) {
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    static Admin admin(Properties props) {
        return Admin.create(props);
    }
}

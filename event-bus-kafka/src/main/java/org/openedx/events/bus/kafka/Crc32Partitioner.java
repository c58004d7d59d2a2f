package org.openedx.events.bus.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.PartitionInfo;

/**
 * The partitioner of upstream's producers (librdkafka's default, {@code consistent_random}), so that a Java producer
 * and a Python producer writing the same key to one topic put it on the same partition and keep its order: the
 * partition of a key is the CRC-32 (zlib's, {@link CRC32}) of the key bytes modulo the number of partitions; a record
 * without a key (or with an empty one) goes to a random partition. The Java client's default partitioner hashes with
 * murmur2 instead, which would spread one key over two partitions across the two languages.
 */
public final class Crc32Partitioner implements Partitioner {

    /** Creates the partitioner (Kafka instantiates it by class name). */
    public Crc32Partitioner() {}

    /**
     * The partition librdkafka's {@code consistent_random} gives a key.
     *
     * @param keyBytes the serialized key
     * @param partitions the topic's number of partitions, 1 or more
     * @return the partition, or -1 for "any" (no key)
     */
    public static int partitionOf(byte[] keyBytes, int partitions) {
        if (keyBytes == null || keyBytes.length == 0) {
            return -1;
        }
        CRC32 crc = new CRC32();
        crc.update(keyBytes);
        return (int) (crc.getValue() % partitions);
    }

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        List<PartitionInfo> partitions = cluster.partitionsForTopic(topic);
        int partition = partitionOf(keyBytes, partitions.size());
        return partition >= 0 ? partition : ThreadLocalRandom.current().nextInt(partitions.size());
    }

    @Override
    public void configure(Map<String, ?> configs) {
        // nothing to configure
    }

    @Override
    public void close() {
        // nothing to release
    }
}

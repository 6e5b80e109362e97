package io.kawat.platform.streams;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of every RocksDB store in the JVM: one block cache of {@value #CACHE_BYTES} bytes shared
 * by all stores (index and filter blocks included), with the memtables of all stores counted against it (at most
 * {@value #MEMTABLE_BYTES} bytes). Without it each store takes its own cache and memtables, and a JVM with a dozen
 * stores (`kawat up` runs every service in one) grows by hundreds of megabytes under load. The Kafka Streams memory
 * guide's pattern: the cache and the write buffer manager are shared, created once per JVM and never closed by a
 * store.
 */
public final class BoundedRocksDb implements RocksDBConfigSetter {
    static final long CACHE_BYTES = 64L * 1024 * 1024;
    static final long MEMTABLE_BYTES = 32L * 1024 * 1024;
    private static final long MEMTABLE_SIZE = 8L * 1024 * 1024;
    private static final double INDEX_FILTER_SHARE = 0.1;

    /** Made on first use, once RocksDB's native library is loaded (Kafka Streams loads the class by name first). */
    private static final class Shared {
        static final Cache CACHE = new LRUCache(CACHE_BYTES, -1, false, INDEX_FILTER_SHARE);
        static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLE_BYTES, CACHE);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(Shared.CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setWriteBufferManager(Shared.WRITE_BUFFERS);
        options.setWriteBufferSize(MEMTABLE_SIZE);
        options.setMaxWriteBufferNumber(2);
        options.setTableFormatConfig(table);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write buffer manager are shared by every store of the JVM: never closed here
    }
}

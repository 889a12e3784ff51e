package cmsstats.workbench.ingest;

/**
 * Finds rows whose key repeats an earlier row's key while a file streams past, in about 12 bytes per row:
 * an open-addressing table of 64-bit key hashes and the line that first had each. A hit is only a candidate
 * (two keys may share a hash); the importer confirms each against the stored rows before reporting it, so the
 * check is exact without holding the keys themselves in memory.
 */
final class KeyIndex {
    private static final long EMPTY = 0;
    private long[] hashes = new long[1 << 16];
    private long[] lines = new long[1 << 16];
    private int size;

    /**
     * Records a key's first line.
     *
     * @return the line of an earlier row with the same hash (a candidate repeat), or 0 when none
     */
    long firstLineOf(CharSequence key, long line) {
        long hash = hash(key);
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            if (hashes[slot] == EMPTY) {
                hashes[slot] = hash;
                lines[slot] = line;
                if (++size * 2 > hashes.length) {
                    grow();
                }
                return 0;
            }
            if (hashes[slot] == hash) {
                return lines[slot];
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldLines.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int slot = (int) oldHashes[i] & mask;
                while (hashes[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** FNV-1a over the characters, then MurmurHash3's fmix64 finaliser to spread the bits; never 0. */
    static long hash(CharSequence key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}

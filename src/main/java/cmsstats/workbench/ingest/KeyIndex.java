package cmsstats.workbench.ingest;

/**
 * Finds rows whose key repeats an earlier row's key while a file streams past, in 12 bytes a slot (about 24 MB
 * per million rows at its fill of at most three quarters):
 * an open-addressing table of 64-bit key hashes and the row that first had each. A hit is only a candidate
 * (two keys may share a hash); the importer confirms each against the stored rows before reporting it, so the
 * check is exact without holding the keys themselves in memory.
 */
final class KeyIndex {
    private static final long EMPTY = 0;
    private long[] hashes = new long[1 << 16];
    private int[] rows = new int[1 << 16];
    private int size;

    /**
     * Records a key's first row.
     *
     * @param row the row's number, above 0
     * @return the number of an earlier row with the same hash (a candidate repeat), or 0 when none
     */
    long firstRowOf(CharSequence key, long row) {
        if (row <= 0 || row > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("row numbers run from 1 to " + Integer.MAX_VALUE + ": " + row);
        }
        long hash = hash(key);
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            if (hashes[slot] == EMPTY) {
                hashes[slot] = hash;
                rows[slot] = (int) row;
                if (++size * 4L > hashes.length * 3L) {
                    grow();
                }
                return 0;
            }
            if (hashes[slot] == hash) {
                return rows[slot];
            }
        }
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int slot = (int) oldHashes[i] & mask;
                while (hashes[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                rows[slot] = oldRows[i];
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

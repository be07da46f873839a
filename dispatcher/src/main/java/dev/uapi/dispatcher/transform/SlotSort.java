package dev.uapi.dispatcher.transform;

/**
 * Orders the positions of a list's items (their slots) by the keys of several sorts, the first primary, and by
 * position when every key ties: the order of cPanel's stable sorts, applied from the last key to the first.
 * Only positions move; the items and their keys stay where they are.
 */
final class SlotSort {

    private final SortKeys[] keys;
    private final int size;

    /** @param keys the keys of each sort, the primary first, all of the same size; kept, not copied */
    SlotSort(SortKeys[] keys) {
        this.keys = keys;
        this.size = keys[0].size();
    }

    /** Every position, in sorted order. */
    int[] all() {
        int[] slots = new int[size];
        for (int i = 0; i < size; i++) {
            slots[i] = i;
        }
        mergeSort(slots, new int[size], 0, size);
        return slots;
    }

    /**
     * The first {@code needed} positions in sorted order, selected in one pass with a bounded heap whose top is
     * the last of the best seen so far: O(n log needed) comparisons of primitive keys.
     *
     * @param needed from 1 to the number of items
     */
    int[] leading(int needed) {
        int[] heap = new int[needed];
        for (int slot = 0; slot < needed; slot++) {
            heap[slot] = slot;
            siftUp(heap, slot);
        }
        for (int slot = needed; slot < size; slot++) {
            if (compare(slot, heap[0]) < 0) {
                heap[0] = slot;
                siftDown(heap, needed);
            }
        }
        // heap sort: the last of the heap goes to the end, until the heap is empty
        for (int end = needed - 1; end > 0; end--) {
            int last = heap[0];
            heap[0] = heap[end];
            heap[end] = last;
            siftDown(heap, end);
        }
        return heap;
    }

    private int compare(int left, int right) {
        for (SortKeys key : keys) {
            int order = key.compare(left, right);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left, right);
    }

    // a max-heap: each position comes after its children in sorted order
    private void siftUp(int[] heap, int at) {
        int slot = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (compare(slot, heap[parent]) <= 0) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = slot;
    }

    private void siftDown(int[] heap, int length) {
        int slot = heap[0];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= length) {
                break;
            }
            if (child + 1 < length && compare(heap[child + 1], heap[child]) > 0) {
                child++;
            }
            if (compare(slot, heap[child]) >= 0) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = slot;
    }

    private void mergeSort(int[] slots, int[] buffer, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(slots, buffer, from, middle);
        mergeSort(slots, buffer, middle, to);
        if (compare(slots[middle - 1], slots[middle]) <= 0) {
            return; // already in order, as a list sorted before often is
        }
        System.arraycopy(slots, from, buffer, from, to - from);
        int left = from;
        int right = middle;
        for (int at = from; at < to; at++) {
            if (right >= to || left < middle && compare(buffer[left], buffer[right]) <= 0) {
                slots[at] = buffer[left++];
            } else {
                slots[at] = buffer[right++];
            }
        }
    }
}

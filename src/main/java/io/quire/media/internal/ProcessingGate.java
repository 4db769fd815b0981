package io.quire.media.internal;

import java.util.concurrent.Semaphore;

/**
 * Bounds the heap that images being decoded take at once. An image of n pixels holds about
 * {@value #BYTES_PER_PIXEL} bytes per pixel while it is decoded, turned and scaled; uploads wait here until
 * their share fits the budget, and one larger than the whole budget runs alone. So many uploads at once queue
 * instead of running out of memory, and an image that half the heap could not hold is refused outright.
 */
public final class ProcessingGate {

    static final int BYTES_PER_PIXEL = 9;
    private static final int UNIT = 1024;

    private final Semaphore budget;
    private final int units;
    private final long largestImage;

    /**
     * @param budgetBytes the heap images may take together
     * @param heapBytes the largest heap, half of which one image may take
     */
    public ProcessingGate(long budgetBytes, long heapBytes) {
        this.units = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budgetBytes / UNIT));
        this.budget = new Semaphore(units, true);
        this.largestImage = heapBytes / 2 / BYTES_PER_PIXEL;
    }

    /** A third of the largest heap this JVM may have for images together, half of it for one. */
    public static ProcessingGate forHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        return new ProcessingGate(heap / 3, heap);
    }

    /** The most pixels one image may have to be decoded in this heap. */
    public long largestImage() {
        return largestImage;
    }

    /** Waits until an image of this many pixels may be processed; close the permit when done. */
    public Permit enter(long pixels) throws InterruptedException {
        int share = (int) Math.min(units, Math.max(1, pixels * BYTES_PER_PIXEL / UNIT));
        budget.acquire(share);
        return () -> budget.release(share);
    }

    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}

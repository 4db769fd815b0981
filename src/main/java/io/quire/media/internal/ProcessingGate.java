package io.quire.media.internal;

import java.util.concurrent.Semaphore;

/**
 * Bounds the heap that images being decoded take at once. An image of n pixels holds about
 * {@value #BYTES_PER_PIXEL} bytes per pixel while it is decoded, turned and scaled; uploads wait here until
 * their share fits the budget, and one larger than the whole budget runs alone. So many uploads at once queue
 * instead of running out of memory.
 */
public final class ProcessingGate {

    static final int BYTES_PER_PIXEL = 9;
    private static final int UNIT = 1024;

    private final Semaphore budget;
    private final int units;

    /** @param budgetBytes the heap images may take together */
    public ProcessingGate(long budgetBytes) {
        this.units = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budgetBytes / UNIT));
        this.budget = new Semaphore(units, true);
    }

    /** A third of the largest heap this JVM may have. */
    public static ProcessingGate forHeap() {
        return new ProcessingGate(Runtime.getRuntime().maxMemory() / 3);
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

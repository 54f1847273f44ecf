package dev.mms.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Applies a function to many items with a bounded number running at once; results in the items' order. */
public final class Parallel {

    private Parallel() {
    }

    /** An exception thrown by {@code function} is thrown here (the first in item order), after all have run. */
    public static <T, R> List<R> map(List<T> items, int concurrency, String threadName, Function<T, R> function) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (items.size() <= 1 || concurrency == 1) {
            return items.stream().map(function).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, items.size()), runnable -> {
            Thread t = new Thread(runnable, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> pending = new ArrayList<>();
            for (T item : items) {
                pending.add(pool.submit(() -> function.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : pending) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

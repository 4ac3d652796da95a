package io.gongjian.testing;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Sends requests from many threads released together on a barrier, the way concurrent users collide: sequential
 * requests never reproduce a lost update.
 */
public final class Parallel {

    private Parallel() {}

    /** Runs {@code request(i)} for i in 0..n-1, all started at once; returns the responses in the order of i. */
    public static List<Response> run(int n, IntFunction<Response> request) {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return request.apply(index);
                }));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("parallel requests failed", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many responses have {@code status}. */
    public static long count(List<Response> responses, int status) {
        return responses.stream()
                .filter(response -> response.statusCode() == status)
                .count();
    }
}

package io.peerbot.standin.ec2;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Fault injection per action. A rule for an action replaces the rule for every action; queued faults
 * ({@link #failNext}) come first. Example:
 *
 * <pre>{@code
 * standIn.faults().seed(7);
 * standIn.faults().onEveryAction().throttle(0.3);
 * standIn.faults().on("AcceptVpcPeeringConnection").serverErrors(0.5).latency(Duration.ofMillis(20));
 * standIn.faults().failNext("CreateRoute", Fault.INTERNAL_ERROR_AFTER_APPLY, 1);
 * Hold hold = standIn.faults().holdNext("AuthorizeSecurityGroupIngress");
 * }</pre>
 */
public final class Faults {
    /** What to do to one call; {@link #done()} must be called once the call is answered. */
    public record Decision(Fault fault, Duration latency, Runnable done) {
        static Decision none() {
            return new Decision(null, Duration.ZERO, () -> { });
        }
    }

    private static final String EVERY_ACTION = "*";

    private long seed = 1;
    private final Map<String, FaultRule> rules = new HashMap<>();
    private final Map<String, Deque<Fault>> queued = new HashMap<>();
    private final Map<String, Hold> holdsBefore = new HashMap<>();
    private RequestBuckets requestBuckets;
    private final java.util.List<Hold> holdsAfter = new java.util.ArrayList<>();

    /** Seeds the generators of rules made from now on. */
    public synchronized Faults seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The rule for one action, by its API name (e.g. {@code "CreateRoute"}, {@code "AssumeRole"}). */
    public synchronized FaultRule on(String action) {
        return rules.computeIfAbsent(action, a -> new FaultRule(seed * 31 + a.hashCode()));
    }

    /** The rule for every action that has no rule of its own. */
    public FaultRule onEveryAction() {
        return on(EVERY_ACTION);
    }

    /** Answers the next {@code times} calls of {@code action} with {@code fault}, before any rule is drawn. */
    public synchronized Faults failNext(String action, Fault fault, int times) {
        Deque<Fault> queue = queued.computeIfAbsent(action, a -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
        return this;
    }

    /** Holds the next call of {@code action} before it acts, until the hold is released. */
    public synchronized Hold holdNext(String action) {
        Hold hold = new Hold(action, (account, params) -> true);
        holdsBefore.put(action, hold);
        return hold;
    }

    /** Removes every rule, queued fault and the request buckets; releases every hold. */
    public synchronized void clear() {
        rules.clear();
        queued.clear();
        holdsBefore.values().forEach(Hold::release);
        holdsBefore.clear();
        requestBuckets = null;
        holdsAfter.forEach(Hold::release);
        holdsAfter.clear();
    }

    /**
     * Holds the next call of {@code action} whose caller's account and form parameters {@code which} accepts, once
     * it took effect: its answer waits for {@link Hold#release()}.
     */
    public synchronized Hold holdAfterApply(String action,
                                            java.util.function.BiPredicate<String, Map<String, String>> which) {
        Hold hold = new Hold(action, which);
        holdsAfter.add(hold);
        return hold;
    }

    /** Called once a call took effect, before it is answered: blocks while a hold takes it. */
    public void applied(String action, String account, Map<String, String> params) {
        Hold taken = null;
        synchronized (this) {
            for (Hold hold : holdsAfter) {
                if (hold.takes(action, account, params)) {
                    taken = hold;
                    break;
                }
            }
            holdsAfter.remove(taken);
        }
        if (taken != null) {
            taken.hold();
        }
    }

    /**
     * Meters EC2 calls with EC2's documented request-token buckets (per account, region and API): a call whose bucket
     * is empty is answered {@code RequestLimitExceeded}, before any rule is drawn.
     */
    public RequestBuckets enforceRequestBuckets() {
        return enforceRequestBuckets(RequestBuckets.Rates.documented());
    }

    /** Meters EC2 calls with request-token buckets of these sizes and refill rates, full from now. */
    public synchronized RequestBuckets enforceRequestBuckets(RequestBuckets.Rates rates) {
        requestBuckets = new RequestBuckets(rates, System::nanoTime);
        return requestBuckets;
    }

    /**
     * Whether one EC2 call finds a token in its bucket; always true unless {@link #enforceRequestBuckets} was called.
     *
     * @param narrowed whether the call has filters, IDs or paging (see {@link RequestBuckets#narrowed})
     */
    public boolean withinRequestBuckets(String account, String region, String action,
                                        BooleanSupplier narrowed) {
        RequestBuckets buckets;
        synchronized (this) {
            buckets = requestBuckets;
        }
        return buckets == null || buckets.take(account, region, action, narrowed.getAsBoolean());
    }

    /** Decides the fate of one call of {@code action} (after holding it, when it is to be held). */
    public Decision decide(String action) {
        Hold hold;
        synchronized (this) {
            hold = holdsBefore.remove(action);
        }
        if (hold != null) {
            hold.hold();
        }
        FaultRule rule;
        synchronized (this) {
            Deque<Fault> queue = queued.get(action);
            rule = rules.getOrDefault(action, rules.get(EVERY_ACTION));
            if (queue != null && !queue.isEmpty()) {
                return new Decision(queue.poll(), rule == null ? Duration.ZERO : rule.latency(), () -> { });
            }
        }
        if (rule == null) {
            return Decision.none();
        }
        if (!rule.enter()) {
            return new Decision(Fault.THROTTLE, Duration.ZERO, () -> { });
        }
        return new Decision(rule.draw(), rule.latency(), rule::leave);
    }
}

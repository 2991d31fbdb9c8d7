package io.peerbot.application.port;

import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.change.ChangePreview;
import io.peerbot.domain.connectivity.ConnectivityReport;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.request.ChangeState;
import io.peerbot.domain.request.PeeringChange;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the bot tells people, as facts: who, what, which sides, which resources. The chat adapter decides
 * the words and how they look. ({@link Text} and the lines of a {@link Step} still carry finished text.)
 */
public sealed interface Notice {

    /**
     * The request message: who asks and why, both VPCs with their owners, the plan, the pcx, and the
     * Approve / Deny buttons while {@code awaiting} is not empty.
     */
    record RequestCard(PeeringRequest request, VpcSnapshot requesterVpc, VpcSnapshot accepterVpc,
                       Owners requesterOwners, Owners accepterOwners, Plan plan, Set<Side> awaiting)
            implements Notice {
        public RequestCard {
            awaiting = Set.copyOf(awaiting);
        }
    }

    /**
     * A change to an applied peering ({@code /peer open|close|delete}), posted in the request's thread:
     * who asks for what, and — while consent is awaited — what it will do ({@code preview}, read from AWS)
     * and Approve / Deny buttons that refer to this change alone. Once decided, who approved or denied it
     * and where it stands.
     */
    record ChangeCard(PeeringRequest request, PeeringChange change, Optional<ChangePreview> preview,
                      Owners requesterOwners, Owners accepterOwners, List<String> notes) implements Notice {
        public ChangeCard {
            notes = List.copyOf(notes);
        }

        /** The sides still to consent; empty once the change is decided. */
        public Set<Side> awaiting() {
            return change.state() == ChangeState.AWAITING_APPROVAL ? change.awaiting() : Set.of();
        }
    }

    /** A placeholder while the request is being created. */
    record Preparing(String requestedBy, String requesterVpc, String accepterVpc) implements Notice {
    }

    /** {@code /peer plan}: the plan alone, nothing changed. */
    record PlanPreview(VpcSnapshot requesterVpc, VpcSnapshot accepterVpc, Owners requesterOwners,
                       Owners accepterOwners, Plan plan) implements Notice {
    }

    /** The whole plan, every route and rule, for the thread when the card had to summarise it. */
    record FullPlan(Plan plan) implements Notice {
    }

    /** Why nothing happened; ephemeral to the person who typed or clicked. */
    record Rejected(List<Rejection> reasons) implements Notice {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }

    /** How to use {@code /peer}, after what was wrong with the command ({@code problem}; empty for help). */
    record Usage(String problem) implements Notice {
    }

    /** One step of the apply or teardown, as it finishes: a title and the lines with resource ids. */
    record Step(boolean ok, String title, List<String> lines) implements Notice {
        public Step {
            lines = List.copyOf(lines);
        }
    }

    /** Free text for anything else (lists, status, answers to clicks). */
    record Text(String mrkdwn) implements Notice {
    }

    /** A connectivity test's result, in the request's thread: per direction what was tried and what blocks. */
    record ConnectivityResult(ConnectivityReport report) implements Notice {
    }

    /** {@code /peer test}, in the request's thread: {@code userId} runs the test; {@code ports} empty: the request's. */
    record TestAsked(String userId, List<PortRange> ports) implements Notice {
        public TestAsked {
            ports = List.copyOf(ports);
        }
    }

    /** {@code /peer test}, privately: the test of {@code pcxId} runs; its result will be in the request's thread. */
    record TestStarted(String pcxId) implements Notice {
    }

    /** {@code /peer test} on a peering that peerbot did not make (so it has no thread), or that is not active. */
    record CannotTest(String pcxId, PeeringStatus status, boolean madeByPeerbot) implements Notice {
    }

    /** No peering {@code pcxId} in any of the places searched. */
    record UnknownPeering(String pcxId, List<Location> searched) implements Notice {
        public UnknownPeering {
            searched = List.copyOf(searched);
        }
    }

    /** Where a request's thread is: its link, or empty when the chat cannot tell (then the channel). */
    record ThreadAt(String channel, String url) {
    }

    /**
     * {@code /peer list}: the peerings of {@code vpc} (empty: every peering peerbot made), {@code shown} in
     * order, and how many there are in all ({@code total}, more than shown when the list was cut).
     */
    record PeeringList(Optional<String> vpc, List<Listed> shown, int total) implements Notice {
        public PeeringList {
            shown = List.copyOf(shown);
        }

        /** One peering; {@code request} and {@code thread} when peerbot made it. */
        public record Listed(PeeringConnection peering, Optional<PeeringRequest> request, Optional<ThreadAt> thread) {
        }
    }

    /**
     * {@code /peer status}: the peering's state, its request and latest change when peerbot made it, what
     * each side has for it (routes through it, rules made for it) and the last test's summary.
     */
    record PeeringDetails(PeeringConnection peering, Optional<PeeringRequest> request, Optional<ThreadAt> thread,
                          SideResources requester, SideResources accepter, Optional<String> lastTest)
            implements Notice {

        /** What one side has for the peering, as read now. */
        public sealed interface SideResources {
            /** Nothing was read: the peering carries no traffic in its state. */
            record NotLive() implements SideResources {
            }

            record Unreadable(String problem) implements SideResources {
            }

            /** The routes through the peering and the rules made for it. */
            record Read(List<TableRoute> routes, List<GroupRule> rules) implements SideResources {
                public Read {
                    routes = List.copyOf(routes);
                    rules = List.copyOf(rules);
                }
            }
        }

        public record TableRoute(String routeTableId, Route route) {
        }

        public record GroupRule(String groupId, SecurityRule rule) {
        }
    }
}

package io.peerbot.application.port;

import io.peerbot.domain.approval.ClickVerdict;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.change.ChangeRefusal;
import io.peerbot.application.port.in.DriftButton;
import io.peerbot.domain.connectivity.ConnectivityReport;
import io.peerbot.domain.drift.DriftReference;
import io.peerbot.domain.drift.Finding;
import io.peerbot.domain.export.ExportFormat;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.expiry.Term;
import io.peerbot.domain.lifecycle.ChangeRef;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.map.MapView;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.StaleReference;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.policy.ExtraApproval;
import io.peerbot.domain.policy.PolicyDecision;
import io.peerbot.domain.policy.PolicyDenial;
import io.peerbot.domain.policy.PolicyRule;
import io.peerbot.domain.plan.PlanDifference;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.Leftovers;
import io.peerbot.domain.plan.RuleRemoval;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.validation.Rejection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the bot tells people, as facts: who, what, which sides, which resources. The chat adapter chooses
 * every word and all markup; only {@link Text} and {@link Step} still carry ready text.
 */
public sealed interface Notice {

    /**
     * A change's card, whatever its kind: the creation's is the thread's first message (who asks and why,
     * both VPCs with their owners, the plan asked for and approved, and the peering's stage now); a later
     * change's is its own message in that thread (who asks for what, what it does). Approve / Deny buttons
     * that name this change alone while consent is awaited; once decided, who approved or denied it and where
     * it stands. {@code leftOut}: the ports asked for that were open already and left out.
     */
    record ChangeCard(ManagedPeering peering, Change change, VpcSnapshot requesterVpc, VpcSnapshot accepterVpc,
                      Owners requesterOwners, Owners accepterOwners, ChangePlan plan, List<PortRange> leftOut,
                      List<ExtraApproval> extras) implements Notice {
        public ChangeCard {
            leftOut = List.copyOf(leftOut);
            extras = List.copyOf(extras);
        }

        /** A card with no extra approvers asked for by the policy. */
        public ChangeCard(ManagedPeering peering, Change change, VpcSnapshot requesterVpc, VpcSnapshot accepterVpc,
                          Owners requesterOwners, Owners accepterOwners, ChangePlan plan, List<PortRange> leftOut) {
            this(peering, change, requesterVpc, accepterVpc, requesterOwners, accepterOwners, plan, leftOut,
                    List.of());
        }

        /** The extra approvals the policy asks for that nobody gave yet; empty once the change is decided. */
        public List<ExtraApproval> extrasAwaiting() {
            return change.state() == ChangeState.AWAITING_APPROVAL
                    ? extras.stream().filter(e -> extraApproval(e).isEmpty()).toList() : List.of();
        }

        /** Someone's click is still needed: a side's owners or an extra approver. */
        public boolean awaitingAnyone() {
            return !awaiting().isEmpty() || !extrasAwaiting().isEmpty();
        }

        /** Who approved as one of {@code extra}'s approvers, if anyone did. */
        public Optional<Approval> extraApproval(ExtraApproval extra) {
            return change.approvals().stream().filter(a -> a.rule().equals(extra.rule().name())).findFirst();
        }

        /** The sides still to consent; empty once the change is decided. */
        public Set<Side> awaiting() {
            return change.state() == ChangeState.AWAITING_APPROVAL ? change.awaiting() : Set.of();
        }

        public VpcSnapshot vpc(Side side) {
            return side == Side.REQUESTER ? requesterVpc : accepterVpc;
        }

        public Owners owners(Side side) {
            return side == Side.REQUESTER ? requesterOwners : accepterOwners;
        }
    }

    /** A placeholder while the request is being created. */
    record Preparing(String requestedBy, String requesterVpc, String accepterVpc) implements Notice {
    }

    /** {@code /peer plan}: the plan alone, nothing changed. */
    record PlanPreview(VpcSnapshot requesterVpc, VpcSnapshot accepterVpc, Owners requesterOwners,
                       Owners accepterOwners, Plan plan, PolicyDecision policy) implements Notice {
        /** A plan the policy allows as it is. */
        public PlanPreview(VpcSnapshot requesterVpc, VpcSnapshot accepterVpc, Owners requesterOwners,
                           Owners accepterOwners, Plan plan) {
            this(requesterVpc, accepterVpc, requesterOwners, accepterOwners, plan, PolicyDecision.ALLOWED);
        }
    }

    /**
     * The policy ({@code source}) denies the plan; nothing was created. {@code mayOverride}: whoever asked is an
     * admin and may go ahead with {@code --override "why"}.
     */
    record PolicyDenied(List<PolicyDenial> denials, String source, boolean mayOverride) implements Notice {
        public PolicyDenied {
            denials = List.copyOf(denials);
        }
    }

    /** {@code --override} from someone who is not one of the {@code admins}; nothing was created. */
    record OverrideNotAllowed(Set<String> admins) implements Notice {
        public OverrideNotAllowed {
            admins = Set.copyOf(admins);
        }
    }

    /** In the peering's thread: admin {@code userId} went ahead against these denials, for {@code why}. */
    record PolicyOverridden(String userId, List<PolicyDenial> denials, String why) implements Notice {
        public PolicyOverridden {
            denials = List.copyOf(denials);
        }
    }

    /**
     * {@code /peer policy [vpc]}: the rules of the policy file {@code source} (empty: none configured) that may
     * apply to a peering of {@code vpc} (every rule without one), of {@code total} in the file.
     */
    record PolicyRules(Optional<String> vpc, String source, List<PolicyRule> rules, int total) implements Notice {
        public PolicyRules {
            rules = List.copyOf(rules);
        }
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

    /**
     * A request's card once the request was not made ({@code why}: over the quota, the account busy, EC2 refused the
     * create): it still says whose request it was and for which two VPCs, as the placeholder did.
     */
    record RequestNotMade(Preparing request, Notice why) implements Notice {
        public RequestNotMade {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * A {@code /peer plan} or a request refused ({@code why}: a rejection, the policy's denial, a failure), told
     * privately with the peering it was about, so someone with several commands waiting can tell which one it
     * answers.
     */
    record ProposalRefused(Proposed proposed, Notice why) implements Notice {
        public ProposalRefused {
            Objects.requireNonNull(proposed, "proposed");
            Objects.requireNonNull(why, "why");
            if (why instanceof ProposalRefused) {
                throw new IllegalArgumentException("a refusal names its peering once");
            }
        }
    }

    /** A peering previewed ({@code /peer plan}) or asked for, with its two VPCs as the person named them. */
    record Proposed(Kind kind, VpcRef requester, VpcRef accepter) {
        public enum Kind { PLAN, REQUEST }
    }

    /**
     * Other requests made from the requester's account and region ({@code requesterAt}) were being created, and
     * this one did not get its turn to count that account's outstanding requests and create its peering in time;
     * nothing was created, and asking again in a moment is fine.
     */
    record RequestsBusy(Location requesterAt) implements Notice {
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

    /**
     * An Approve click from someone who may give neither a side's consent nor one of the {@code outstanding} extra
     * approvals the policy asks for; {@code approvers}: who may give each (as the rule names them).
     */
    record NotAnExtraApprover(PcxId pcx, List<ExtraApproval> outstanding) implements Notice {
        public NotAnExtraApprover {
            outstanding = List.copyOf(outstanding);
        }
    }

    /**
     * An Approve click from whoever asked for the change, when only the {@code outstanding} extra approvals are
     * missing: the policy asks them of someone else, even if the asker is one of their approvers.
     */
    record ExtraApprovalNotFromAsker(PcxId pcx, List<ExtraApproval> outstanding) implements Notice {
        public ExtraApprovalNotFromAsker {
            outstanding = List.copyOf(outstanding);
        }
    }

    /**
     * The policy ({@code source}) denies a change of {@code kind} to a peering, when it is asked or ({@code
     * approving}) on an Approve click, the policy or the VPCs having changed since; nothing changed. A change to a
     * peering is not overridden.
     */
    record PolicyDeniesChange(PcxId pcx, ChangeKind kind, List<PolicyDenial> denials, String source,
                              boolean approving) implements Notice {
        public PolicyDeniesChange {
            denials = List.copyOf(denials);
        }
    }

    /** A click that changes nothing, and why; ephemeral to the clicker. */

    record ClickRefused(ClickVerdict.Refused why, Owners requesterOwners, Owners accepterOwners,
                        Set<String> admins) implements Notice {
        public ClickRefused {
            admins = Set.copyOf(admins);
        }
    }

    /** A button whose value names no change (forged or mangled); nothing changed. */
    record UnknownButton() implements Notice {
    }

    /** The same click by the same person is being handled already; nothing more changed. */
    record ClickInProgress(PcxId pcxId, boolean approve) implements Notice {
    }

    /**
     * A decision on the peering (a click, an ask) is being made by another replica of the bot and did not finish in
     * time, so this one was not made; nothing changed, and asking again in a moment is fine.
     */
    record DecisionUnderway(PcxId pcxId) implements Notice {
    }

    /** The peering a button names is gone, or is not peerbot's; nothing changed. */
    record PeeringGone(PcxId pcxId) implements Notice {
    }

    /**
     * The peering's record does not verify as one the bot wrote (changed, copied or restored outside peerbot), so
     * nothing was done; {@code why} says which account's copy is at fault and how.
     */
    record RecordNotTrusted(PcxId pcxId, String why) implements Notice {
    }

    /** A button of a change that is no longer the peering's latest; nothing changed. */
    record StaleButton(PcxId pcxId, ChangeRef change) implements Notice {
    }

    /** AWS dropped the peering request before it was approved ({@code now}: just found out, in its thread). */
    record RequestExpired(PcxId pcxId) implements Notice {
    }

    /**
     * A temporary peering or opening ends soon: to its requester and both sides' owners, in its thread, with Renew
     * (a renewal, approved like any change) and End now (an owner of either side; at once) naming {@code source}.
     */
    record TermReminder(ManagedPeering peering, Term term, Owners requesterOwners, Owners accepterOwners,
                        ChangeReference source) implements Notice {
    }

    /**
     * The end of {@code term} is due, but its teardown could not be recorded ({@code why}): nothing was changed in
     * AWS, and the end is asked again at every look, told once.
     */
    record TermEndNotRecorded(PcxId pcx, Term term, Problem why) implements Notice {
    }

    /**
     * What a temporary change made is being taken away: its time is up ({@code endedBy} null) or someone ended it
     * now. No approval is asked: consent was given with the time limit.
     */
    record TermOver(PcxId pcxId, Term term, String endedBy) implements Notice {
    }

    /** End now by someone who owns neither side (nor is an admin): who may. */
    record EndNowRefused(PcxId pcxId, Owners requesterOwners, Owners accepterOwners, Set<String> admins)
            implements Notice {
    }

    /** Renew or End now on a term no longer in force (renewed, ended or changed since the reminder). */
    record TermGone(PcxId pcxId) implements Notice {
    }

    /**
     * A request still awaiting approval: a reminder to the owners of the sides that have not approved, in its
     * thread, and when AWS drops it.
     */
    record PendingReminder(PcxId pcxId, Change request, Owners requesterOwners, Owners accepterOwners,
                           Instant droppedByAwsAt) implements Notice {
    }

    /** A click on Approve of a change that cannot be applied as the peering stands ({@code why}). */
    record NotApplicable(ChangeRefusal.NotApplicable why) implements Notice {
    }

    /**
     * A change asked for and refused ({@code why}); nothing changed. {@code pending}: where the change that is
     * pending already can be seen, when that is why.
     */
    record ChangeRefused(ChangeRefusal why, Optional<ThreadAt> pending) implements Notice {
    }

    /** {@code pcxId} was not made by peerbot, which {@code kind}s only its own peerings; nothing changed. */
    record NotMadeByPeerbot(PcxId pcxId, ChangeKind kind) implements Notice {
    }

    /** {@code pcxId} carries peerbot's tags, edited into something unreadable ({@code why}); nothing changed. */
    record UnreadableRecord(PcxId pcxId, String why) implements Notice {
    }

    /** {@code pcxId}'s record names no chat thread to ask its owners in; nothing changed. */
    record NoThread(PcxId pcxId) implements Notice {
    }

    /** A change could not be recorded ({@code why}); nothing was changed in AWS. */
    record ChangeNotRecorded(Change change, Problem why) implements Notice {
    }

    /**
     * The peering connection of a request could not be created ({@code why}); nothing was changed in AWS, unless
     * EC2 made it but it could not be recorded nor withdrawn: then {@code leftPending} names it.
     */
    record CreationFailed(Problem why, Optional<PcxId> leftPending) implements Notice {
        public CreationFailed(Problem why) {
            this(why, Optional.empty());
        }
    }

    /**
     * EC2 made the peering connection of a request but did not pass it on for acceptance: it is {@code status}
     * (e.g. {@code failed}, for overlapping CIDR blocks EC2 found itself) with EC2's {@code statusMessage}. The
     * request is closed; nothing else was changed.
     */
    record RequestFailedInAws(PcxId pcxId, PeeringStatus status, String statusMessage) implements Notice {
    }

    /**
     * peerbot stopped between creating the request {@code pcxId} in EC2 and recording it, so it is never acted on
     * but withdrawn once no save can still be coming (then {@code status} is {@code deleted}); {@code status} is
     * its status in EC2.
     */
    record RequestNeverSaved(PcxId pcxId, PeeringStatus status) implements Notice {
    }

    /** {@code /peer retry} of a peering that is {@code stage}, with no failed change to run again. */
    record NothingToRetry(PcxId pcxId, Stage stage) implements Notice {
    }

    /** {@code /peer retry} by someone who is not the requester, an owner or an admin; nothing changed. */
    record RetryNotAllowed(PcxId pcxId) implements Notice {
    }

    /** Work that no use case answered for stopped ({@code why}); told privately to whoever asked for it. */
    record CouldNotFinish(Problem why) implements Notice {
    }

    /**
     * The plan of {@code change} differs from the one its owners approved: nothing was applied, approvals were
     * reset, and {@code now} awaits approval. {@code difference} is what changed, when the approved plan is still
     * known (else the new plan is shown in full).
     */
    record PlanChanged(PcxId pcxId, Change change, ChangePlan now, Optional<PlanDifference> difference)
            implements Notice {
    }

    /** Told to whoever clicked or retried: the plan changed, so their click applied nothing and needs repeating. */
    record ApproveAgain(PcxId pcxId, Change change) implements Notice {
    }

    /**
     * The routes of {@code change} would move traffic off a transit gateway, firewall or similar path ({@code
     * moved}), and the peering was not asked with {@code --override-routes}: when it is asked, or ({@code
     * approving}) on an Approve click, the route tables having changed since; nothing changed.
     */
    record PathsWouldMove(PcxId pcx, Change change, List<Rejection> moved, boolean approving) implements Notice {
        public PathsWouldMove {
            moved = List.copyOf(moved);
        }
    }

    /**
     * Told to whoever clicked Approve on a card that still showed an earlier plan of the change (its redraw had
     * not reached them): their click approved nothing; the card is drawn again with the plan awaiting approval.
     */
    record CardShowedAnotherPlan(PcxId pcxId, Change change) implements Notice {
    }

    /**
     * The subnets {@code --subnets} named for {@code change} are gone from both VPCs: planning without them would
     * widen the peering to every subnet, so nothing is applied and the change cannot be approved as it stands.
     */
    record SubnetsGone(PcxId pcxId, Change change, List<String> subnetIds) implements Notice {
        public SubnetsGone {
            subnetIds = List.copyOf(subnetIds);
        }
    }

    /** {@code userId} approved {@code sides} of the change; {@code change} is as it stands after. */
    record Approved(String userId, Change change, Set<Side> sides, List<String> extrasGiven,
                    List<String> extrasAwaiting) implements Notice {
        public Approved {
            sides = Set.copyOf(sides);
            extrasGiven = List.copyOf(extrasGiven);
            extrasAwaiting = List.copyOf(extrasAwaiting);
        }

        /** An owner's approval where the policy asks for no one else. */
        public Approved(String userId, Change change, Set<Side> sides) {
            this(userId, change, sides, List.of(), List.of());
        }

        /** Nobody's consent is missing any more: the change is applied now. */
        public boolean complete() {
            return change.awaiting().isEmpty() && extrasAwaiting.isEmpty();
        }
    }

    /** {@code userId} denied the change; a creation denied was rejected in AWS too. */
    /**
     * {@code userId} denied {@code change}; {@code undone}: it had begun before its plan changed, and what it had
     * made was taken away.
     */
    record Denied(String userId, PcxId pcxId, Change change, boolean undone) implements Notice {
    }

    /** Whoever asked owns both sides: the change goes ahead without anyone else. */
    record NoOtherApprovalNeeded(String userId, Change change) implements Notice {
    }

    /**
     * A change is done; {@code plan} is what it did, {@code peering} as it stands after. {@code plan} is null when a
     * restart tells it for a change whose plan shrinks as it is carried out (close, delete, repair, extend): what it
     * did is in the thread's steps.
     */
    record ChangeDone(ManagedPeering peering, Change change, ChangePlan plan) implements Notice {
    }

    /** A change failed part-way ({@code why}); what was done stays, {@code /peer retry} finishes it. */
    record ChangeFailed(ManagedPeering peering, Change change, Problem why) implements Notice {
    }

    /** A denial could not be carried out in AWS ({@code why}); the change still awaits its decision. */
    record DenialFailed(PcxId pcxId, Problem why) implements Notice {
    }

    /**
     * Tells whoever asked for a change that it is recorded: awaiting the owners it names (who must approve
     * which side), or applied now when they own both. {@code link} leads to its card (empty when unknown);
     * {@code leftOut}: the ports asked for that were open already.
     */
    record ChangeAsked(PcxId pcxId, Change change, Owners requesterOwners, Owners accepterOwners,
                       Set<String> admins, String link, List<PortRange> leftOut) implements Notice {
        public ChangeAsked {
            admins = Set.copyOf(admins);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** The bot restarted while the change was being applied, and finishes it now. */
    record Resuming(Change change) implements Notice {
    }

    /**
     * The replica of the bot that was applying the change stopped (its lease on the apply expired); this one
     * finishes it now.
     */
    record TakingOver(Change change) implements Notice {
    }

    /** {@code userId} runs a failed change again. */
    record Retrying(String userId, Change change) implements Notice {
    }

    /**
     * One step of a change done, posted in the peering's thread as it finishes: the audit record. {@code vpcId}
     * is the side's VPC where the step names one.
     */
    sealed interface StepDone extends Notice {
    }

    /** The peering was accepted in the accepter's account and region. */
    record Accepted(PcxId pcxId, Location accepter) implements StepDone {
    }

    /** The peering is active. */
    record Active(PcxId pcxId) implements StepDone {
    }

    /**
     * Once the peering was gone, rules on one side still referencing the peer's groups: those peerbot made
     * revoked ({@code revoked}), the others left to their owners ({@code leftAlone}).
     */
    record StaleReferences(Side side, String vpcId, List<RuleRemoval> revoked, List<StaleReference> leftAlone)
            implements StepDone {
        public StaleReferences {
            revoked = List.copyOf(revoked);
            leftAlone = List.copyOf(leftAlone);
        }
    }

    /** Routes through the peering in place on one side (empty: all were there already). */
    record RoutesAdded(PcxId pcxId, Side side, String vpcId, List<RouteChange> routes) implements StepDone {
        public RoutesAdded {
            routes = List.copyOf(routes);
        }
    }

    /** Rules in place on one side, "sg-…: tcp:5432 from 10.0.0.0/16" → rule id (empty: all were there). */
    record RulesAdded(Side side, String vpcId, Map<String, String> ruleIdsByDescription) implements StepDone {
        public RulesAdded {
            ruleIdsByDescription = Map.copyOf(ruleIdsByDescription);
        }
    }

    /** Peerbot's rules revoked on one side (empty: none was left). */
    record RulesRevoked(Side side, String vpcId, List<RuleRemoval> rules) implements StepDone {
        public RulesRevoked {
            rules = List.copyOf(rules);
        }
    }

    /** Routes through the peering removed on one side (empty: none was left). */
    record RoutesRemoved(PcxId pcxId, Side side, String vpcId, List<RouteChange> routes) implements StepDone {
        public RoutesRemoved {
            routes = List.copyOf(routes);
        }
    }

    /** The peering connection deleted; {@code statusBefore}, its EC2 status, says whether anything was left. */
    record PeeringDeleted(PcxId pcxId, String statusBefore) implements StepDone {
    }

    /** Private DNS resolution across the peering allowed from one side. */
    record DnsResolutionAllowed(Side side, String vpcId) implements StepDone {
    }

    /** {@code userId} rejected a peering request peerbot did not make, in the account of the VPC it targeted. */
    record ForeignRequestRejected(PcxId pcxId, String userId) implements Notice {
    }

    /**
     * Reject by someone who owns neither the target VPC nor is an admin: who may ({@code owners} of the VPC
     * {@code targetVpcName}).
     */
    record ForeignRejectRefused(PcxId pcxId, String targetVpcName, Owners owners, Set<String> admins)
            implements Notice {
    }

    /** Reject on a request that no longer awaits acceptance (accepted, rejected, expired or gone): {@code status}. */
    record ForeignRequestNotPending(PcxId pcxId, Optional<PeeringStatus> status) implements Notice {
    }

    /**
     * A peering request into a watched VPC that peerbot did not make, still awaiting acceptance: who asks
     * ({@code request}'s requester account, {@code insideOrganisation} whether it is one of the organisation's),
     * the VPC it targets and that VPC's owners. peerbot never accepts it.
     */
    record ForeignPeeringRequest(PeeringConnection request, boolean insideOrganisation, String targetVpcName,
                                 Owners targetOwners) implements Notice {
    }

    /** Free text for anything else (lists, status, answers to commands). */
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

    /**
     * {@code /peer test} on a peering that is not active, or whose {@code record} is not a verified one of peerbot's
     * (so there is no thread to report to that the bot may act on).
     */
    record CannotTest(String pcxId, PeeringStatus status, ManagedPeerings.Lookup record) implements Notice {
    }

    /**
     * {@code /peer delete} of a peering EC2 no longer shows at all (deleted long enough ago), and with it the
     * record of who asked and approved; {@code leftovers}: its routes and peerbot's rules still in place. Nothing
     * was changed.
     */
    record GoneWithLeftovers(PcxId pcxId, List<Leftovers> leftovers) implements Notice {
        public GoneWithLeftovers {
            leftovers = List.copyOf(leftovers);
        }
    }

    /** {@code /peer export}: the file is in the peering's thread. */
    record Exported(String pcxId, ExportFormat format, String filename, ThreadAt thread) implements Notice {
    }

    /** {@code /peer export} of a peering that has nothing of peerbot's to export; nothing was shared. */
    record CannotExport(String pcxId, Why why, PeeringStatus status) implements Notice {
        public enum Why { NOT_MADE_BY_PEERBOT, NOT_ACTIVE, FORMAT_UNAVAILABLE }
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

        /**
         * One peering: what its {@code record} says ({@link ManagedPeerings.NotManaged} when peerbot did not make it),
         * and the thread that record names, when it names one.
         */
        public record Listed(PeeringConnection peering, ManagedPeerings.Lookup record, Optional<ThreadAt> thread) {
            /** The request, when its record verifies. */
            public Optional<ManagedPeering> request() {
                return record.verified();
            }
        }
    }

    /**
     * {@code /peer status}: the peering's state, what its record says (its request and latest change when it
     * verifies), what each side has for it (routes through it, rules made for it) and the last test's summary.
     */
    record PeeringDetails(PeeringConnection peering, ManagedPeerings.Lookup record, Optional<ThreadAt> thread,
                          SideResources requester, SideResources accepter, Optional<String> lastTest)
            implements Notice {

        /** The request, when its record verifies. */
        public Optional<ManagedPeering> request() {
            return record.verified();
        }

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

    /**
     * {@code /peer map}: the picture of {@code view} was shared in the channel; this says in words what it shows —
     * around one VPC, what it reaches directly and where people might assume a path through a hub; otherwise how
     * many VPCs and peerings, and the hubs.
     */
    record MapShown(MapView view, String requestedBy) implements Notice {
    }

    /**
     * {@code /peer map} drew nothing, and why: no VPC visible where the bot reads ({@code searched}); an account
     * with no VPC there; or more VPCs ({@code vpcs}) than one picture shows ({@code limit}).
     */
    record MapNotDrawn(Why why, String asked, int vpcs, int limit, List<Location> searched) implements Notice {
        public enum Why { NO_VPCS, UNKNOWN_ACCOUNT, TOO_MANY }

        public MapNotDrawn {
            searched = List.copyOf(searched);
        }
    }

    /**
     * The drift watch saw the peering differ from its approved plan: posted once in its thread, naming each
     * resource; {@code reference} is what its Repair / Extend / Dismiss buttons carry.
     */
    record DriftFound(ManagedPeering peering, Finding finding, Owners requesterOwners, Owners accepterOwners,
                      DriftReference reference) implements Notice {
    }

    /** A drift button whose finding is no longer seen (repaired, changed or gone meanwhile): nothing was done. */
    record DriftNoLongerSeen(PcxId pcxId) implements Notice {
    }

    /** A drift button that does not fit its finding (Repair on growth, Extend on a deletion): nothing was done. */
    record DriftActionNotOffered(PcxId pcxId, DriftButton button) implements Notice {
    }

    /**
     * Only an owner of {@code side} may repair it (a repair's consent is that owner's alone, so it is theirs to
     * give); nothing was done.
     */
    record RepairNotAllowed(PcxId pcxId, Side side, String vpcId, Owners owners) implements Notice {
    }

    /** Only an owner of either side (or an admin) may dismiss a finding; nothing was done. */
    record DismissNotAllowed(PcxId pcxId, Owners requesterOwners, Owners accepterOwners, Set<String> admins)
            implements Notice {
    }

    /** {@code userId} decided the finding is intended: it is not raised again until it changes. */
    record DriftDismissed(String userId, PcxId pcxId, Finding finding) implements Notice {
    }
}

package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.traffic.PortList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words of a change's life: what a click did or why it did nothing, who approved or denied, that a change
 * is done or failed and how to finish it, a restart or a retry taking it up again.
 */
final class LifecycleRenderer {
    /**
     * What a change done says of its work when it is told after a restart, without its plan: the steps are posted
     * as the work goes, and a process that stopped before they reached Slack took them with it.
     */
    private static final String STEPS_ABOVE = "peerbot stopped before it had reported this change, so some of its"
            + " steps may be missing above; `/peer status` shows the peering as it is now.";
    private final TextRenderer text = new TextRenderer();
    private final StepRenderer step = new StepRenderer();

    /** Empty for a notice that is not about a change's life. */
    Optional<List<SlackMessage>> render(Notice notice) {
        if (notice instanceof Notice.StepDone n) {
            return Optional.of(step.render(StepWords.of(n)));
        }
        if (notice instanceof Notice.ChangeDone n) {
            return Optional.of(step.render(done(n)));
        }
        if (notice instanceof Notice.ChangeFailed n) {
            return Optional.of(step.render(failed(n)));
        }
        if (notice instanceof Notice.DenialFailed n) {
            return Optional.of(step.render(new Notice.Step(false, "Could not reject " + code(n.pcxId()),
                    List.of(ProblemText.of(n.why()), "The request is still open."))));
        }
        return words(notice).map(words -> text.render(new Notice.Text(words)));
    }

    private static Optional<String> words(Notice notice) {
        if (notice instanceof Notice.ClickRefused n) {
            return Optional.of(ApprovalWords.refusal(n.why(), n.requesterOwners(), n.accepterOwners(), n.admins()));
        } else if (notice instanceof Notice.UnknownButton) {
            return Optional.of("That button is not one peerbot knows: it may be from an old message, or altered. "
                    + "Nothing changed; use the buttons on the latest card, or `/peer status` with the peering's ID.");
        } else if (notice instanceof Notice.ClickInProgress n) {
            return Optional.of("Your " + (n.approve() ? "approve" : "deny") + " click on " + code(n.pcxId())
                    + " is already being handled. Nothing more changed.");
        } else if (notice instanceof Notice.DecisionUnderway n) {
            return Optional.of("Another click or request on " + code(n.pcxId()) + " is still being decided, so yours "
                    + "was not taken. Nothing changed; try again in a moment.");
        } else if (notice instanceof Notice.PeeringGone n) {
            return Optional.of(code(n.pcxId()) + " is not a peering request of mine, or it is gone. Nothing changed.");
        } else if (notice instanceof Notice.RecordNotTrusted n) {
            return Optional.of(":warning: The record of " + code(n.pcxId()) + " was changed outside peerbot: "
                    + Mrkdwn.escape(n.why()) + ". I act only on records I sealed myself, so nothing was done in AWS."
                    + " Ask an admin to look at who changed its `peerbot:` tags.");
        } else if (notice instanceof Notice.StaleButton n) {
            return Optional.of("That button is for an earlier `/peer " + n.change().kind().tag() + "` on "
                    + code(n.pcxId()) + ", which is no longer the peering's latest change. Nothing changed.");
        } else if (notice instanceof Notice.RequestExpired n) {
            return Optional.of("The request " + code(n.pcxId()) + " expired: AWS drops peering requests not accepted"
                    + " within 7 days. Ask again with `/peer`.");
        } else if (notice instanceof Notice.NotApplicable n) {
            return Optional.of(ChangeRefusalText.of(n.why()) + " This change cannot be applied as it stands; deny it to clear it."
                    + " Nothing changed.");
        } else if (notice instanceof Notice.Approved n) {
            Change change = n.change();
            String what = change.kind() == ChangeKind.CREATE ? " approved the "
                    : " approved " + command(change) + " for the ";
            List<String> given = new ArrayList<>();
            if (!n.sides().isEmpty()) {
                given.add(io.peerbot.domain.peering.Side.labels(n.sides()) + " side");
            }
            n.extrasGiven().forEach(rule -> given.add("*" + Mrkdwn.escape(rule) + "* (policy)"));
            List<String> missing = new ArrayList<>();
            if (!change.awaiting().isEmpty()) {
                missing.add(io.peerbot.domain.peering.Side.labels(change.awaiting()) + " side");
            }
            n.extrasAwaiting().forEach(rule -> missing.add("*" + Mrkdwn.escape(rule) + "* (policy)"));
            return Optional.of(Mrkdwn.mention(n.userId()) + what + String.join(" and ", given)
                    + (n.complete() ? ". Applying now." : ". Still waiting for the " + String.join(" and ", missing)
                    + "."));
        } else if (notice instanceof Notice.NotAnExtraApprover n) {
            return Optional.of(ExtraApprovalWords.notAnApprover(n.pcx().value(), n.outstanding()));
        } else if (notice instanceof Notice.ExtraApprovalNotFromAsker n) {
            return Optional.of(ExtraApprovalWords.notFromAsker(n.pcx().value(), n.outstanding()));
        } else if (notice instanceof Notice.Denied n) {
            if (n.undone()) {
                return Optional.of(Mrkdwn.mention(n.userId()) + " denied " + (n.change().kind() == ChangeKind.CREATE
                        ? "this request; the routes and rules it had made were removed and " + code(n.pcxId())
                        + " was deleted in AWS." : command(n.change()) + "; the rules it had added before its plan "
                        + "changed were revoked in AWS."));
            }
            return Optional.of(Mrkdwn.mention(n.userId()) + (n.change().kind() == ChangeKind.CREATE
                    ? " denied this request; " + code(n.pcxId()) + " was rejected in AWS."
                    : " denied " + command(n.change()) + "; nothing was changed in AWS."));
        } else if (notice instanceof Notice.NoOtherApprovalNeeded n) {
            return Optional.of(Mrkdwn.mention(n.userId()) + " owns both VPCs: no other approval needed."
                    + (n.change().kind() == ChangeKind.CREATE ? "" : " Applying now."));
        } else if (notice instanceof Notice.ChangeAsked n) {
            return Optional.of(asked(n));
        } else if (notice instanceof Notice.Resuming n) {
            return Optional.of("peerbot restarted while " + (n.change().kind() == ChangeKind.CREATE ? "this"
                    : command(n.change())) + " was being applied; finishing it now.");
        } else if (notice instanceof Notice.TakingOver n) {
            return Optional.of("The peerbot replica applying " + (n.change().kind() == ChangeKind.CREATE ? "this"
                    : command(n.change())) + " stopped before it finished; another is finishing it now.");
        } else if (notice instanceof Notice.PlanChanged n) {
            return Optional.of(PlanChangeWords.changed(n));
        } else if (notice instanceof Notice.ApproveAgain n) {
            return Optional.of(PlanChangeWords.approveAgain(n));
        } else if (notice instanceof Notice.PathsWouldMove n) {
            return Optional.of(PlanChangeWords.pathsWouldMove(n));
        } else if (notice instanceof Notice.CardShowedAnotherPlan n) {
            return Optional.of(PlanChangeWords.cardShowedAnotherPlan(n));
        } else if (notice instanceof Notice.SubnetsGone n) {
            return Optional.of(PlanChangeWords.subnetsGone(n));
        } else if (notice instanceof Notice.Retrying n) {
            return Optional.of(Mrkdwn.mention(n.userId()) + " retries " + (n.change().kind() == ChangeKind.CREATE
                    ? "the apply." : command(n.change()) + "."));
        }
        return Optional.empty();
    }

    private static String asked(Notice.ChangeAsked n) {
        String link = n.link().isEmpty() ? "" : " <" + n.link() + "|See the change>";
        if (n.change().awaiting().isEmpty()) {
            return "You own both VPCs, so " + command(n.change()) + " is applied now; each step is in the request's"
                    + " thread." + link;
        }
        return "Asked: " + command(n.change()) + " on " + code(n.pcxId()) + " is in the request's thread for"
                + " approval; " + ApprovalWords.whoMustApprove(n.change().awaiting(), n.requesterOwners(),
                n.accepterOwners(), n.admins()) + ". Nothing changes until then." + link
                + ChangeRefusalText.leftOut(n.leftOut()).stream().map(line -> "\n" + line).collect(Collectors.joining());
    }

    private static Notice.Step done(Notice.ChangeDone n) {
        ManagedPeering peering = n.peering();
        Change change = n.change();
        ChangePlan plan = n.plan();
        String pcx = code(peering.id());
        List<String> lines = new ArrayList<>();
        String title = switch (change.kind()) {
            case CREATE -> {
                lines.add(Mrkdwn.code(peering.requester().vpcId()) + " ↔ " + Mrkdwn.code(peering.accepter().vpcId())
                        + ", ports " + change.ports().stream().map(Object::toString).toList());
                lines.add("Requested by " + Mrkdwn.mention(change.requestedBy()) + "; approved by "
                        + ApprovalWords.approvers(change.approvals()));
                yield "Peering " + pcx + " is ready";
            }
            case OPEN -> {
                lines.add(PlanLines.plural(plan.additions().ruleCount(), "rule") + " for " + ports(change)
                        + " in place on both sides.");
                lines.add("Ports open now: " + PortList.format(peering.portsInForce()).replace(",", ", ") + ".");
                lines.add(peering.options().test() ? "The connectivity test of " + ports(change) + " follows."
                        : "Check them with `/peer test " + peering.id() + " --ports "
                        + PortList.format(change.ports()) + "`.");
                yield "Opened " + ports(change) + " on " + pcx;
            }
            case CLOSE -> {
                lines.add(plan == null ? STEPS_ABOVE : PlanLines.plural(plan.removal().ruleCount(), "rule")
                        + " of peerbot's revoked; no other rule was touched.");
                yield "Closed " + ports(change) + " on " + pcx;
            }
            case DELETE -> {
                lines.add(plan == null ? STEPS_ABOVE
                        : PlanLines.plural(plan.removal().routeCount(), "route") + " and "
                        + PlanLines.plural(plan.removal().ruleCount(), "rule")
                        + " of the peering removed and the peering connection deleted; nothing else was touched.");
                yield "Peering " + pcx + " is taken down";
            }
            case REPAIR -> {
                lines.add(plan == null ? STEPS_ABOVE
                        : PlanLines.plural(plan.additions().routeCount(), "route") + " and "
                        + PlanLines.plural(plan.additions().ruleCount(), "rule")
                        + " of the approved plan restored; nothing else was touched.");
                yield "Repaired " + pcx;
            }
            case EXTEND -> {
                lines.add(plan == null ? STEPS_ABOVE
                        : PlanLines.plural(plan.additions().routeCount(), "route") + " and "
                        + PlanLines.plural(plan.additions().ruleCount(), "rule")
                        + " added for what grew; they are part of the approved plan from now on.");
                yield "Extended " + pcx;
            }
            case RENEW -> {
                lines.add("Nothing changed in AWS; peerbot takes "
                        + (change.ports().isEmpty() ? "the peering" : ports(change)) + " away at the new end.");
                yield "Renewed " + pcx + " until " + SlackDates.of(change.endsAt());
            }
        };
        if (change.kind() != ChangeKind.CREATE) {
            lines.add("Asked by " + Mrkdwn.mention(change.requestedBy()) + "; approved by "
                    + ApprovalWords.approvers(change.approvals()) + ".");
        }
        return new Notice.Step(true, title, lines);
    }

    private static Notice.Step failed(Notice.ChangeFailed n) {
        String pcx = n.peering().id().value();
        List<String> lines = new ArrayList<>(List.of(ProblemText.of(n.why())));
        if (n.change().kind() == ChangeKind.CREATE) {
            lines.add("What is in place stays; nothing was rolled back. Fix the cause, then run `/peer retry " + pcx
                    + "` to finish the apply (it only adds what is missing), or `/peer delete " + pcx
                    + "` to take it all down.");
            return new Notice.Step(false, "Apply of " + Mrkdwn.code(pcx) + " failed", lines);
        }
        lines.add("What was done stays done; nothing was rolled back. Fix the cause, then run `/peer retry " + pcx
                + "` to finish " + command(n.change()) + " (it only does what is left).");
        return new Notice.Step(false, command(n.change()) + " on " + Mrkdwn.code(pcx) + " failed", lines);
    }

    /** "`/peer open tcp:6379`". */
    private static String command(Change change) {
        return Mrkdwn.code("/peer " + change.describe());
    }

    private static String ports(Change change) {
        return String.join(", ", change.ports().stream().map(p -> Mrkdwn.code(p.toString())).toList());
    }

    private static String code(Object id) {
        return Mrkdwn.code(String.valueOf(id));
    }
}

package io.peerbot.domain.approval;

import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.peering.Side;
import java.util.List;
import java.util.Set;

/** What a click on Approve or Deny by one user means for one change. */
public sealed interface ClickVerdict {
    /** The click approves these sides (an owner may own both). */
    record Approves(Set<Side> sides) implements ClickVerdict {
        public Approves {
            sides = Set.copyOf(sides);
        }
    }

    /** The click denies the change. */
    record Denies() implements ClickVerdict {
    }

    /** Nothing changes; the reason tells the clicker why and who can act instead. */
    sealed interface Refused extends ClickVerdict {
    }

    /** The change was decided already (approved, applied, denied, expired). */
    record AlreadyDecided(Change change) implements Refused {
    }

    /** Every side has consented already. */
    record AllApproved() implements Refused {
    }

    /** The clicker asked for the change and owns none of the sides still awaited. */
    record AskedByYou(ChangeKind kind, Set<Side> outstanding) implements Refused {
        public AskedByYou {
            outstanding = Set.copyOf(outstanding);
        }
    }

    /** The clicker approved these sides already; the others await their owners. */
    record ApprovedByYou(Set<Side> yours, Set<Side> outstanding) implements Refused {
        public ApprovedByYou {
            yours = Set.copyOf(yours);
            outstanding = Set.copyOf(outstanding);
        }
    }

    /** The clicker's sides were approved by someone else already. */
    record ApprovedByOthers(List<Approval> approvals, Set<Side> outstanding) implements Refused {
        public ApprovedByOthers {
            approvals = List.copyOf(approvals);
            outstanding = Set.copyOf(outstanding);
        }
    }

    /** The clicker owns neither VPC and is no admin. */
    record NotAnOwner(Set<Side> outstanding) implements Refused {
        public NotAnOwner {
            outstanding = Set.copyOf(outstanding);
        }
    }

    /** Only the owners, the asker and the admins may deny. */
    record MayNotDeny(ChangeKind kind, String requestedBy) implements Refused {
    }
}

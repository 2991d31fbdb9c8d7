package io.peerbot.application.doctor;

import java.util.List;

/** Everything {@code peerbot doctor} found, in the order it checked. Healthy when nothing failed. */
public record DoctorReport(List<Check> checks) {

    public DoctorReport {
        checks = List.copyOf(checks);
    }

    /** Nothing failed; checks that could not be verified do not count against it. */
    public boolean healthy() {
        return checks.stream().noneMatch(Check::failed);
    }

    public List<Check> failures() {
        return checks.stream().filter(Check::failed).toList();
    }

    /** One line per check, then a summary line. */
    public String render() {
        StringBuilder out = new StringBuilder();
        checks.forEach(c -> out.append(c.line()).append('\n'));
        long failed = failures().size();
        long unverified = checks.stream().filter(c -> c.status() == Check.Status.UNVERIFIED).count();
        out.append(failed == 0 ? "All checks passed" : failed + " of " + checks.size() + " checks failed");
        if (unverified > 0) {
            out.append(" (").append(unverified).append(" could not be verified without acting)");
        }
        return out.append('.').append('\n').toString();
    }
}

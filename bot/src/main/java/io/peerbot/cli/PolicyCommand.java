package io.peerbot.cli;

import io.peerbot.adapter.policy.PolicyFileError;
import io.peerbot.adapter.policy.PolicyFileException;
import io.peerbot.adapter.policy.YamlPolicyFile;
import io.peerbot.domain.policy.Guardrails;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peerbot policy check FILE}: validates a policy file as the bot would read it, for CI. */
@Command(name = "policy", description = "Work with the policy file (PEERBOT_POLICY_FILE).",
        subcommands = PolicyCommand.Check.class)
public final class PolicyCommand {

    @Command(name = "check", description = {
            "Validate a policy file: YAML, every rule's kind, selectors, ports, durations, approvers and when:"
                    + " expressions (CEL), unique names.",
            "Prints each error as FILE:LINE: message; exits 0 for a good file, 1 for a bad one. Needs no AWS or Slack."})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the policy file")
        private Path file;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                Guardrails policy = YamlPolicyFile.load(file);
                out.println(file + ": OK, " + policy.rules().size() + " rule(s): " + String.join(", ",
                        policy.rules().stream().map(r -> r.name()).toList()));
                out.flush();
                return 0;
            } catch (PolicyFileException e) {
                for (PolicyFileError error : e.errors()) {
                    err.println(file + ":" + (error.line() > 0 ? error.line() + ":" : "") + " " + error.message());
                }
                err.println(file + ": " + e.errors().size() + " error(s); the bot would not start with this file");
                err.flush();
                return 1;
            }
        }
    }
}

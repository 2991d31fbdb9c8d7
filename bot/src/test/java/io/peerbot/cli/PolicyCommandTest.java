package io.peerbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code peerbot policy check FILE} in CI: exit 0 and the rules for a good file, exit 1 and FILE:LINE errors else. */
class PolicyCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void theSandboxsExamplePolicyPasses() {
        Path example = Path.of(System.getProperty("peerbot.root", ".."), "sandbox", "src", "main", "resources",
                "sandbox", "policy.yml");

        int exit = run("policy", "check", example.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("OK, 3 rule(s)", "billing-needs-reason", "no-plaintext-admin",
                "no-ssh-across-accounts");
    }

    @Test
    void aBadFileFailsWithEachErrorAtItsLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("policy.yml");
        Files.writeString(bad, """
                rules:
                  - name: prod-never-dev
                    between: [{tags: {env: prod}}, {tags: {env: dev}}]
                    deny: true
                  - name: pci-ports
                    vpc: {tags: {pci: "true"}}
                    allow-port: tcp:5432
                  - name: ssh
                    when: ports.exists(p, p.protocol = "tcp")
                    deny: true
                """);

        int exit = run("policy", "check", bad.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains(bad + ":7: rule 'pci-ports': unknown rule kind 'allow-port'",
                bad + ":9: rule 'ssh': the when: expression does not compile", "2 error(s)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFileFails(@TempDir Path dir) {
        int exit = run("policy", "check", dir.resolve("nope.yml").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read it");
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new PeerbotCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}

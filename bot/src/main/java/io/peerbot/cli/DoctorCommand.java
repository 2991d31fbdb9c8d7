package io.peerbot.cli;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.application.doctor.DoctorReport;
import io.peerbot.bootstrap.Doctor;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code peerbot doctor}: checks the setup the bot would run with and says what is missing. */
@Command(name = "doctor", description = {
        "Check the configuration, the Slack tokens and scopes, the accounts the bot may act in, the AWS identity and"
                + " every permission the bot needs (EC2 by DryRun), the roles in watched accounts and the owners file.",
        "Prints one line per check; exits 0 when nothing failed, 1 otherwise. Changes nothing."})
public final class DoctorCommand implements Callable<Integer> {
    private final Map<String, String> env;
    private final AwsSettings reach;

    @Spec
    private CommandSpec spec;

    public DoctorCommand() {
        this(System.getenv(), AwsSettings.sdkDefaults());
    }

    /** With another environment and way to reach AWS (tests, stand-ins). */
    public DoctorCommand(Map<String, String> env, AwsSettings reach) {
        this.env = env;
        this.reach = reach;
    }

    @Override
    public Integer call() {
        DoctorReport report = Doctor.examine(env, reach);
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.render());
        out.flush();
        return report.healthy() ? 0 : 1;
    }
}

package io.peerbot.domain.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.expiry.Lifetime;
import io.peerbot.domain.map.MapScope;
import io.peerbot.domain.export.ExportFormat;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CommandParserTest {
    private static final String PCX = "pcx-0a1b2c3d";
    private static final VpcRef APP = VpcRef.parse("app-vpc");
    private static final VpcRef DB = VpcRef.parse("db-vpc");

    private final CommandParser parser = new CommandParser();

    static Stream<Arguments> goodCommands() {
        return Stream.of(
                Arguments.of("", new TypedCommand.Help()),
                Arguments.of("   ", new TypedCommand.Help()),
                Arguments.of("help", new TypedCommand.Help()),
                Arguments.of("HELP", new TypedCommand.Help()),
                Arguments.of("help plan", new TypedCommand.Help()),
                Arguments.of("app-vpc db-vpc", new TypedCommand.Request(APP, DB, PeeringOptions.defaults())),
                Arguments.of("app-vpc db-vpc --ports tcp:5432",
                        new TypedCommand.Request(APP, DB, options("tcp:5432", List.of(), false, true, ""))),
                Arguments.of("app-vpc db-vpc --ports=tcp:5432,icmp --dns --no-test",
                        new TypedCommand.Request(APP, DB, options("tcp:5432,icmp", List.of(), true, false, ""))),
                Arguments.of("app-vpc db-vpc --ports tcp:5432 --override-routes",
                        new TypedCommand.Request(APP, DB, new PeeringOptions(PortList.parse("tcp:5432"), List.of(),
                                false, true, "", true))),
                Arguments.of("--ports tcp:22 app-vpc --DNS db-vpc",
                        new TypedCommand.Request(APP, DB, options("tcp:22", List.of(), true, true, ""))),
                Arguments.of("app-vpc db-vpc --ports tcp:22, udp:53 ,icmp",
                        new TypedCommand.Request(APP, DB, options("tcp:22,udp:53,icmp", List.of(), false, true, ""))),
                Arguments.of("app-vpc db-vpc --ports 'tcp:22, udp:53'",
                        new TypedCommand.Request(APP, DB, options("tcp:22,udp:53", List.of(), false, true, ""))),
                Arguments.of("app-vpc db-vpc \u2014ports tcp:22 \u2013dns",
                        new TypedCommand.Request(APP, DB, options("tcp:22", List.of(), true, true, ""))),
                Arguments.of("app-vpc db-vpc --subnets subnet-0a1b2c3d, SUBNET-0A1B2C3E",
                        new TypedCommand.Request(APP, DB,
                                options("icmp", List.of("subnet-0a1b2c3d", "subnet-0a1b2c3e"), false, true, ""))),
                Arguments.of("app-vpc db-vpc --ports tcp:5432 --to sg-0a1b2c3d, SG-0A1B2C3E --from sg-0f0f0f0f "
                                + "--both-ways --source-groups",
                        new TypedCommand.Request(APP, DB, options("tcp:5432", List.of(), false, true, "")
                                .withTargets(new RuleTargets(List.of("sg-0a1b2c3d", "sg-0a1b2c3e"),
                                        List.of("sg-0f0f0f0f"), true, true)))),
                Arguments.of("222233334444:eu-west-1:billing vpc-0a1b2c3d",
                        new TypedCommand.Request(VpcRef.parse("222233334444:eu-west-1:billing"),
                                VpcRef.parse("vpc-0a1b2c3d"), PeeringOptions.defaults())),
                Arguments.of("\u201CBilling VPC\u201D app-vpc",
                        new TypedCommand.Request(new VpcRef(Optional.empty(), Optional.empty(), "Billing VPC"), APP,
                                PeeringOptions.defaults())),
                Arguments.of("plan app-vpc db-vpc --ports tcp:5432",
                        new TypedCommand.ShowPlan(APP, DB, options("tcp:5432", List.of(), false, true, ""))),
                Arguments.of("PLAN app-vpc db-vpc", new TypedCommand.ShowPlan(APP, DB, PeeringOptions.defaults())),
                Arguments.of("list", new TypedCommand.ListPeerings(Optional.empty())),
                Arguments.of("list app-vpc", new TypedCommand.ListPeerings(Optional.of(APP))),
                Arguments.of("status " + PCX, new TypedCommand.Status(PCX)),
                Arguments.of("retry " + PCX, new TypedCommand.Retry(PCX)),
                Arguments.of("renew " + PCX + " --for 7d",
                        new TypedCommand.Renew(PCX, new Lifetime(java.time.Duration.ofDays(7)))),
                Arguments.of("open " + PCX + " tcp:22 --for 90m", new TypedCommand.Open(PCX,
                        PortList.parse("tcp:22"), Optional.of(new Lifetime(java.time.Duration.ofMinutes(90))))),
                Arguments.of("app-vpc db-vpc --for 72H", new TypedCommand.Request(VpcRef.parse("app-vpc"),
                        VpcRef.parse("db-vpc"),
                        PeeringOptions.defaults().lasting(Optional.of(java.time.Duration.ofHours(72))),
                        Optional.of(new Lifetime(java.time.Duration.ofHours(72))))),
                Arguments.of("status PCX-0A1B2C3D4E5F60718", new TypedCommand.Status("pcx-0a1b2c3d4e5f60718")),
                Arguments.of("test " + PCX, new TypedCommand.Test(PCX, List.of())),
                Arguments.of("test " + PCX + " --ports tcp:5432", new TypedCommand.Test(PCX, ports("tcp:5432"))),
                Arguments.of("open " + PCX + " tcp:6379", new TypedCommand.Open(PCX, ports("tcp:6379"))),
                Arguments.of("open " + PCX + " --ports tcp:6379,udp:53",
                        new TypedCommand.Open(PCX, ports("tcp:6379,udp:53"))),
                Arguments.of("close " + PCX + " tcp:22, udp:53", new TypedCommand.Close(PCX, ports("tcp:22,udp:53"))),
                Arguments.of("delete " + PCX, new TypedCommand.Delete(PCX)),
                Arguments.of("app-vpc db-vpc --override \"INC-4711: billing is down\"", new TypedCommand.Request(APP, DB,
                        PeeringOptions.defaults().overriding("INC-4711: billing is down"))),
                Arguments.of("plan app-vpc db-vpc --override=why", new TypedCommand.ShowPlan(APP, DB,
                        PeeringOptions.defaults().overriding("why"))),
                Arguments.of("policy", new TypedCommand.ShowPolicy(Optional.empty())),
                Arguments.of("POLICY app-vpc", new TypedCommand.ShowPolicy(Optional.of(APP))),
                Arguments.of("map", new TypedCommand.ShowMap(new MapScope.Everything())),
                Arguments.of("MAP app-vpc", new TypedCommand.ShowMap(new MapScope.OfVpc(APP))),
                Arguments.of("map 222233334444", new TypedCommand.ShowMap(new MapScope.OfAccount("222233334444"))),
                Arguments.of("map 222233334444:eu-west-1:billing",
                        new TypedCommand.ShowMap(new MapScope.OfVpc(VpcRef.parse("222233334444:eu-west-1:billing")))),
                Arguments.of("export " + PCX, new TypedCommand.Export(PCX, ExportFormat.TERRAFORM)),
                Arguments.of("EXPORT " + PCX + " --format Terraform", new TypedCommand.Export(PCX, ExportFormat.TERRAFORM)),
                Arguments.of("export --format=terraform " + PCX, new TypedCommand.Export(PCX, ExportFormat.TERRAFORM)));
    }

    @ParameterizedTest(name = "[{index}] /peer {0}")
    @MethodSource("goodCommands")
    void parsesAGoodCommand(String text, TypedCommand expected) {
        assertThat(parser.parse(text)).isEqualTo(new ParseResult.Parsed(expected));
    }

    @ParameterizedTest(name = "[{index}] /peer {0}")
    @CsvSource(delimiter = '|', textBlock = """
            app-vpc db-vpc --reason "nightly ETL"             | nightly ETL
            app-vpc db-vpc --reason 'nightly ETL'             | nightly ETL
            app-vpc db-vpc --reason \u201Cnightly ETL\u201D   | nightly ETL
            app-vpc db-vpc --reason \u2018nightly ETL\u2019   | nightly ETL
            app-vpc db-vpc --reason \u201Enightly ETL\u201C   | nightly ETL
            app-vpc db-vpc --reason=\u201Cnightly ETL\u201D   | nightly ETL
            app-vpc db-vpc --reason migration                 | migration
            app-vpc db-vpc --reason don\u2019t                | don\u2019t
            app-vpc db-vpc --reason "don't break prod"        | don't break prod
            app-vpc db-vpc --reason "the \u2018new\u2019 DB"  | the \u2018new\u2019 DB
            app-vpc db-vpc --reason "--dns"                   | --dns
            --reason "  spaced out  " app-vpc db-vpc          | spaced out
            """)
    void readsAQuotedReason(String text, String reason) {
        ParseResult result = parser.parse(text);

        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        TypedCommand.Request request = (TypedCommand.Request) ((ParseResult.Parsed) result).command();
        assertThat(request.options().reason()).isEqualTo(reason);
        assertThat(request.options().dns()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] /peer {0}")
    @CsvSource(delimiter = '|', textBlock = """
            app-vpc                                         | /peer names two VPCs, e.g. /peer app-vpc db-vpc; got only 'app-vpc' (commands: plan, list
            --dns                                           | which VPCs? /peer names two
            app-vpc db-vpc extra                            | unexpected 'extra'; /peer takes two VPCs
            app-vpc db-vpc --reason need db access          | unexpected 'db access'; /peer takes two VPCs; a reason with spaces goes in quotes
            app-vpc db-vpc --port tcp:22                    | unknown option --port; /peer <vpc> <vpc> takes --ports, --subnets, --dns, --no-test, --reason, --override, --to, --from, --both-ways, --source-groups, --override-routes, --for. Did you mean --ports?
            app-vpc db-vpc --force                          | unknown option --force
            app-vpc db-vpc -p tcp:22                        | unknown option -p
            app-vpc db-vpc --ports tcp:22 --ports udp:53    | --ports is given twice; give it once, with a comma list: --ports tcp:5432,icmp
            app-vpc db-vpc --dns --dns                      | --dns is given twice
            app-vpc db-vpc --ports                          | --ports needs a value, e.g. --ports tcp:5432,icmp
            app-vpc db-vpc --for 72                         | --for: '72' is not a duration; give a number and a unit (m minutes, h hours, d days), e.g. --for 72h
            app-vpc db-vpc --for 3w                         | --for: unknown unit 'w' in '3w'; use m (minutes), h (hours) or d (days)
            app-vpc db-vpc --for 0m                         | --for: '0m' is too short; at least 1m
            app-vpc db-vpc --for 366d                       | --for: '366d' is too long; at most 365d
            app-vpc db-vpc --for                            | --for needs a value, e.g. --for 72h
            close pcx-0a1b2c3d tcp:22 --for 1h              | --for does not apply to /peer close; it takes --ports
            renew pcx-0a1b2c3d                              | /peer renew needs how long from now, e.g. /peer renew pcx-0a1b2c3d --for 7d
            app-vpc db-vpc --ports --dns                    | --ports needs a value
            app-vpc db-vpc --ports=                         | --ports needs a value
            app-vpc db-vpc --reason                         | --reason needs a value, e.g. --reason "orders service reads the billing DB"
            app-vpc db-vpc --reason ""                      | --reason needs a value
            app-vpc db-vpc --dns=yes                        | --dns takes no value; write just --dns
            app-vpc db-vpc --ports tcp:0                    | --ports: 'tcp:0': ports run from 1 to 65535
            app-vpc db-vpc --ports tcp:9000-8000            | --ports: 'tcp:9000-8000': the range is reversed
            app-vpc db-vpc --subnets subnet-12              | --subnets: 'subnet-12' is not a subnet id (subnet- and 8 or 17 hex digits)
            app-vpc db-vpc --subnets subnet-0a1b2c3d,       | --subnets: '' is not a subnet id
            app-vpc db-vpc --subnets subnet-0a1b2c3d,subnet-0A1B2C3D | --subnets: 'subnet-0a1b2c3d' is listed twice
            app-vpc db-vpc --reason "left open              | the quote before 'left open' is not closed
            12345:app db-vpc                                | '12345:app': an account id has 12 digits
            app-vpc vpc-12                                  | 'vpc-12': a VPC id is vpc- followed by 8 or 17 hex digits
            staus pcx-0a1b2c3d                              | 'pcx-0a1b2c3d' is a peering connection, not a VPC; 'staus' is not a command
            pcx-0a1b2c3d db-vpc                             | 'pcx-0a1b2c3d' is a peering connection, not a VPC. Commands that take a peering id
            plan app-vpc                                    | /peer plan names two VPCs, e.g. /peer plan app-vpc db-vpc; got only 'app-vpc'
            plan app-vpc db-vpc other-vpc                   | unexpected 'other-vpc'; /peer plan takes two VPCs
            list app-vpc db-vpc                             | unexpected 'db-vpc'; /peer list takes at most one VPC
            list --dns                                      | /peer list takes no options; '--dns' is not expected
            status                                          | /peer status needs a peering connection id, e.g. /peer status pcx-0a1b2c3d4e5f60718
            status pcx-12                                   | 'pcx-12' is not a peering connection id (pcx- and 8 or 17 hex digits
            status pcx-0a1b2c3d extra                       | unexpected 'extra'; /peer status takes only a peering id
            status pcx-0a1b2c3d --ports tcp:22              | /peer status takes no options
            retry                                           | /peer retry needs a peering connection id, e.g. /peer retry pcx-0a1b2c3d4e5f60718
            delete vpc-0a1b2c3d                             | 'vpc-0a1b2c3d' is not a peering connection id
            delete                                          | /peer delete needs a peering connection id
            test pcx-0a1b2c3d --dns                         | --dns does not apply to /peer test; it takes --ports
            app-vpc db-vpc --to sg-db                       | --to: 'sg-db' is not a security group id
            app-vpc db-vpc --from sg-0a1b2c3d,sg-0a1b2c3d   | --from: 'sg-0a1b2c3d' is listed twice
            test pcx-0a1b2c3d --ports icmp:5                | --ports: 'icmp:5': icmp takes no port
            open pcx-0a1b2c3d                               | /peer open needs the ports to open, e.g. /peer open pcx-0a1b2c3d tcp:5432
            close pcx-0a1b2c3d tcp:22 --ports tcp:22        | give the ports once, either after the peering id or with --ports
            open pcx-0a1b2c3d tcp:22 extra                  | unexpected 'extra'; /peer open takes a peering id and a port list
            open pcx-0a1b2c3d tcp:99999                     | ports: 'tcp:99999': ports run from 1 to 65535
            open tcp:22                                     | 'tcp:22' is not a peering connection id
            app-vpc db-vpc --override                       | --override needs a value, e.g. --override "approved by security, INC-4711"
            open pcx-0a1b2c3d tcp:22 --override why         | --override does not apply to /peer open; it takes --ports
            policy app-vpc db-vpc                           | unexpected 'db-vpc'; /peer policy takes at most one VPC
            policy --dns                                    | /peer policy takes no options
            map app-vpc db-vpc                              | unexpected 'db-vpc'; /peer map takes at most one VPC or account
            map 12345                                       | '12345' is not an account id (12 digits
            map --dns                                       | /peer map takes no options
            export                                          | /peer export needs a peering connection id, e.g. /peer export pcx-0a1b2c3d4e5f60718
            export pcx-0a1b2c3d --format pulumi             | --format: 'pulumi' is not a format I export; known: terraform, e.g. --format terraform
            export pcx-0a1b2c3d --format                    | --format needs a value, e.g. --format terraform
            export pcx-0a1b2c3d --dns                       | --dns does not apply to /peer export; it takes --format
            export pcx-0a1b2c3d pcx-0a1b2c3e                | unexpected 'pcx-0a1b2c3e'; /peer export takes only a peering id
            app-vpc db-vpc --format terraform               | --format does not apply to /peer <vpc> <vpc>; it takes --ports
            """)
    void refusesAMalformedCommand(String text, String problem) {
        ParseResult result = parser.parse(text);

        assertThat(result).isInstanceOf(ParseResult.Malformed.class);
        assertThat(((ParseResult.Malformed) result).problem()).contains(problem);
    }

    @Test
    void refusesAReasonOver500Characters() {
        assertThat(parser.parse("a b --reason \"" + "x".repeat(500) + "\"")).isInstanceOf(ParseResult.Parsed.class);
        assertThat(parser.parse("a b --reason \"" + "x".repeat(501) + "\""))
                .isEqualTo(new ParseResult.Malformed("the reason is 501 characters long; at most 500"));
    }

    @Test
    void refusesTextOver1000Characters() {
        String thousand = "a b --reason " + "x".repeat(1000 - 13);
        assertThat(thousand).hasSize(1000);
        assertThat(parser.parse(thousand)).isInstanceOf(ParseResult.Malformed.class)
                .extracting(r -> ((ParseResult.Malformed) r).problem()).asString()
                .contains("the reason is 987 characters long");
        assertThat(parser.parse(thousand + "x")).isEqualTo(new ParseResult.Malformed(
                "the command is 1001 characters long; at most 1000 are accepted (keep --reason short)"));
    }

    private static PeeringOptions options(String ports, List<String> subnets, boolean dns, boolean test, String reason) {
        return new PeeringOptions(ports(ports), subnets, dns, test, reason);
    }

    private static List<PortRange> ports(String text) {
        return PortList.parse(text);
    }
}

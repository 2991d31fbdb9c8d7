package io.peerbot.domain.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VpcRefTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            vpc-0a1b2c3d                                 | -            | -             | vpc-0a1b2c3d
            vpc-0a1b2c3d4e5f60718                        | -            | -             | vpc-0a1b2c3d4e5f60718
            VPC-0A1B2C3D                                 | -            | -             | vpc-0a1b2c3d
            billing                                      | -            | -             | billing
            app_vpc.prod-2                               | -            | -             | app_vpc.prod-2
            222233334444:billing                         | 222233334444 | -             | billing
            eu-west-1:billing                            | -            | eu-west-1     | billing
            us-gov-west-1:billing                        | -            | us-gov-west-1 | billing
            222233334444:eu-west-1:vpc-0a1b2c3d4e5f60718 | 222233334444 | eu-west-1     | vpc-0a1b2c3d4e5f60718
            ' 222233334444:EU-WEST-1:billing '           | 222233334444 | eu-west-1     | billing
            """)
    void parsesAGoodReference(String text, String account, String region, String nameOrId) {
        VpcRef ref = VpcRef.parse(text);

        assertThat(ref).isEqualTo(new VpcRef(Optional.ofNullable(account), Optional.ofNullable(region), nameOrId));
        assertThat(ref.isId()).isEqualTo(nameOrId.startsWith("vpc-"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | a VPC is missing
            12345:billing                       | '12345:billing': an account id has 12 digits
            2222333344445:billing               | an account id has 12 digits
            eu-west:billing                     | 'eu-west' is neither a 12-digit account id nor a region like eu-west-1
            222233334444:billing:eu-west-1      | 'billing' is neither a 12-digit account id nor a region
            1:2:3:4                             | too many ':' parts
            :billing                            | an empty part between ':'
            222233334444:                       | an empty part between ':'
            vpc-123                             | a VPC id is vpc- followed by 8 or 17 hex digits
            vpc-0a1b2c3g                        | a VPC id is vpc- followed by 8 or 17 hex digits
            vpc-0a1b2c3d4e5f6071                | a VPC id is vpc- followed by 8 or 17 hex digits
            bill#ing                            | a VPC name may contain only letters, digits and - _ .
            """)
    void refusesABadReference(String text, String problem) {
        assertThatThrownBy(() -> VpcRef.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
    }

    @org.junit.jupiter.api.Test
    void aNameHasAtMost255Characters() {
        assertThat(VpcRef.parse("a".repeat(255)).nameOrId()).hasSize(255);
        assertThatThrownBy(() -> VpcRef.parse("a".repeat(256)))
                .hasMessageContaining("at most 255 characters; this one has 256");
    }

    @org.junit.jupiter.api.Test
    void aQuotedNameMayContainSpacesAndAnUnquotedOneMayNot() {
        assertThat(VpcRef.parseQuoted("222233334444:Billing VPC"))
                .isEqualTo(new VpcRef(Optional.of("222233334444"), Optional.empty(), "Billing VPC"));
        assertThatThrownBy(() -> VpcRef.parse("Billing VPC")).hasMessageContaining("put a name with spaces in quotes");
    }
}
